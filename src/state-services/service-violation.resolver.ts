import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { ConnectionType, PageArgs, type Connection } from '../common/pagination';
import { viewerOf, type Context } from '../context/context';
import { Office } from '../offices/office.entity';
import { ServiceApplication } from './service-application.entity';
import { ServiceViolation } from './service-violation.entity';

const ServiceViolationConnection = ConnectionType(ServiceViolation, 'ServiceViolation');

@Resolver(() => ServiceViolation)
export class ServiceViolationResolver {
  @Authorized(Permission.ReadServiceApplications)
  @Query(() => ServiceViolationConnection, {
    description: 'Violations of state-service deadlines on the applications the office sees, newest first.',
  })
  serviceViolations(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<ServiceViolation>> {
    return ctx.app.serviceViolations.list(viewerOf(ctx), page);
  }

  @FieldResolver(() => ServiceApplication, { nullable: true, description: 'The application; null if your office does not see it.' })
  application(@Root() violation: ServiceViolation, @Ctx() ctx: Context): Promise<ServiceApplication | null> {
    return ctx.loaders.serviceApplicationById.load(violation.applicationId);
  }

  @FieldResolver(() => [Office], {
    description: 'Paragraph 28: the offices notified: the one that missed the deadline and the authorized body.',
  })
  async noticeSentTo(@Root() violation: ServiceViolation, @Ctx() ctx: Context): Promise<Office[]> {
    const offices = await ctx.loaders.officeById.loadMany(violation.noticeOfficeIds);
    return offices.filter((o): o is Office => o instanceof Office);
  }
}
