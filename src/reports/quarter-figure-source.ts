import { Field, ObjectType } from 'type-graphql';

/**
 * One figure of a quarterly report (chapter 5): a stable dot-separated name and an exact decimal
 * value. The one shape of a figure everywhere: what a module's figure source gives, what a report
 * stores (jsonb) and shows, what a consolidation sums and what a KPI's actual is read from.
 */
@ObjectType({ description: 'One figure of a quarterly report, e.g. "investors.new" = "3".' })
export class QuarterFigure {
  @Field({ description: 'Stable name of the figure, dot-separated.' })
  name!: string;

  @Field({ description: 'Its value, an exact decimal number as a string.' })
  value!: string;
}

/**
 * A domain that contributes figures to an office's quarterly report (chapter 5): requests,
 * service applications, projects, investors... Read through `Db.manager`, so inside the caller's
 * transaction when there is one; the quarter as [from, to) instants in Asia/Almaty. Names must be
 * unique across sources.
 */
export interface QuarterFigureSource {
  quarterFigures(officeId: string, from: Date, to: Date): Promise<QuarterFigure[]>;
}
