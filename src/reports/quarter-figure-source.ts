/** One figure of a quarterly report: a stable dot-separated name and an exact decimal value. */
export interface QuarterFigureRow {
  name: string;
  value: string;
}

/**
 * A domain that contributes figures to an office's quarterly report (chapter 5): requests,
 * service applications, projects, investors... Called outside any transaction, with the
 * quarter as [from, to) instants in Asia/Almaty. Names must be unique across sources.
 */
export interface QuarterFigureSource {
  quarterFigures(officeId: string, from: Date, to: Date): Promise<QuarterFigureRow[]>;
}
