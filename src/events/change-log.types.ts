import { Field, ID, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/pagination';
import { ChangeEvent } from './change-event.entity';

@ObjectType({ description: 'Who made a change.' })
export class ChangeActor {
  @Field(() => ID, { description: 'The user id.' })
  id!: string;
}

@ObjectType({ description: 'An event of the change log with its position.' })
export class ChangeLogEdge {
  @Field({ description: 'Opaque position in the log: pass it as `after` or as `since`.' })
  cursor!: string;

  @Field(() => ChangeEvent, { description: 'The change.' })
  node!: ChangeEvent;
}

@ObjectType({ description: 'A page of the change log, oldest first.' })
export class ChangeLogConnection {
  @Field(() => PageInfo, { description: 'Where this page is; endCursor continues it.' })
  pageInfo!: PageInfo;

  @Field(() => [ChangeLogEdge], { description: 'The changes of this page, in commit order.' })
  edges!: ChangeLogEdge[];
}
