import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { loadRequired } from '../common/batch';
import { ConnectionType, PageArgs, type Connection } from '../common/pagination';
import { viewerOf, type Context } from '../context/context';
import { Investor } from '../investors/investor.entity';
import { Office } from '../offices/office.entity';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { Agreement } from './agreement.entity';
import { AgreementFilter, RecordAgreementInput, UpdateCommitmentArgs } from './agreement.inputs';
import { Commitment } from './commitment.entity';

const AgreementConnection = ConnectionType(Agreement, 'Agreement');

@Resolver(() => Agreement)
export class AgreementResolver {
  @Authorized(Permission.ReadRecords)
  @Query(() => AgreementConnection, { description: 'Agreements of the investors the office may read, newest recorded first.' })
  agreements(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AgreementFilter, { nullable: true, description: 'What to list.' }) filter?: AgreementFilter,
  ): Promise<Connection<Agreement>> {
    return ctx.app.agreements.list(viewerOf(ctx), filter, page);
  }

  @Authorized(Permission.ReadRecords)
  @Query(() => Agreement, { description: 'One agreement, if the office may read its investor.' })
  agreement(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The agreement.' }) id: string): Promise<Agreement> {
    return ctx.app.agreements.get(viewerOf(ctx), id);
  }

  @Authorized(Permission.RecordAgreements)
  @Mutation(() => Agreement, {
    description: "Records an agreement signed with an investor the office may read, with its commitments; the caller's office monitors it.",
  })
  recordAgreement(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordAgreementInput, { description: 'The agreement.' }) input: RecordAgreementInput,
  ): Promise<Agreement> {
    return ctx.app.agreements.record(viewerOf(ctx), input);
  }

  @Authorized(Permission.RecordAgreements)
  @Mutation(() => Commitment, {
    description:
      "Records how a commitment stands (the recording office or the investor's owner office); a stale expectedVersion is CONFLICT and changes nothing.",
  })
  updateCommitment(@Ctx() ctx: Context, @Args(() => UpdateCommitmentArgs) args: UpdateCommitmentArgs): Promise<Commitment> {
    return ctx.app.agreements.updateCommitment(viewerOf(ctx), args);
  }

  @FieldResolver(() => Investor, { description: 'The investor (the viewer reads it: that is why it sees the agreement).' })
  investor(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<Investor> {
    return loadRequired(ctx.loaders.investorById, agreement.investorId, 'Investor');
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project it is about, if the viewer may read it.' })
  project(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<Project | null> | null {
    return agreement.projectId ? ctx.loaders.projectById.load(agreement.projectId) : null;
  }

  @FieldResolver(() => Office, { description: 'The office that recorded it and monitors it.' })
  office(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<Office> {
    return loadRequired(ctx.loaders.officeById, agreement.officeId, 'Office');
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who recorded it.' })
  recordedBy(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.loaders.userById.load(agreement.recordedById);
  }

  @FieldResolver(() => [Commitment], { description: 'What it commits to, in the order recorded.' })
  commitments(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<Commitment[]> {
    return ctx.loaders.commitmentsByAgreementId.load(agreement.id);
  }
}

@Resolver(() => Commitment)
export class CommitmentResolver {
  @FieldResolver(() => Boolean, { description: 'OPEN past its due day, as of today in Asia/Almaty.' })
  overdue(@Root() commitment: Commitment, @Ctx() ctx: Context): boolean {
    return commitment.isOverdueOn(ctx.app.agreements.today());
  }
}

/** Investor.agreements: the agreements signed with an investor. */
@Resolver(() => Investor)
export class InvestorAgreementsResolver {
  @FieldResolver(() => [Agreement], { description: 'The agreements signed with it, latest signed first.' })
  agreements(@Root() investor: Investor, @Ctx() ctx: Context): Promise<Agreement[]> {
    return ctx.loaders.agreementsByInvestorId.load(investor.id);
  }
}
