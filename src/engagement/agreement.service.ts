import { Decimal } from 'decimal.js';
import { recordScopeOf } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import { almatyDateOf } from '../calendar/almaty-time';
import type { Clock } from '../common/clock';
import { badInput, forbidden, notFound } from '../common/errors';
import type { Connection, PageArgs } from '../common/pagination';
import { assertVersion } from '../common/versioning';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import type { InvestorRepository } from '../investors/investor.repository';
import type { QuarterFigure, QuarterFigureSource } from '../reports/quarter-figure-source';
import { Agreement } from './agreement.entity';
import type { AgreementFilter, CommitmentInput, RecordAgreementInput, UpdateCommitmentArgs } from './agreement.inputs';
import { AGREEMENT_POLICY, monitorsAgreement } from './agreement.policy';
import type { AgreementRepository } from './agreement.repository';
import { agreementStatusOf, Commitment, CommitmentStatus } from './commitment.entity';

/** Figure name in the quarterly reports (chapter 5). */
const AGREEMENTS_SIGNED = 'agreements.signed';

/**
 * Agreements signed with investors and the monitoring of their commitments (paragraph 6:
 * external 3, 12; central 4; regional 4). An agreement is read by exactly those who may read
 * its investor; its status follows from its commitments.
 */
export class AgreementService implements QuarterFigureSource {
  constructor(
    private readonly agreements: AgreementRepository,
    private readonly investors: InvestorRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /** Today in Asia/Almaty: what `overdue` is judged against. */
  today(): string {
    return almatyDateOf(this.clock.now());
  }

  list(viewer: Viewer, filter: AgreementFilter | undefined, page: PageArgs): Promise<Connection<Agreement>> {
    return this.agreements.list(recordScopeOf(viewer), filter, this.today(), page);
  }

  async get(viewer: Viewer, id: string): Promise<Agreement> {
    const [agreement] = await this.agreements.findByIds(recordScopeOf(viewer), [id]);
    if (!agreement) throw notFound('Agreement', id);
    return agreement;
  }

  record(viewer: Viewer, input: RecordAgreementInput): Promise<Agreement> {
    const today = this.today();
    if (input.signedOn > today) throw badInput('signedOn cannot be in the future', { field: 'signedOn' });
    if (!input.title.trim()) throw badInput('title cannot be empty', { field: 'title' });
    const parties = input.parties.map((p) => p.trim());
    if (parties.some((p) => !p)) throw badInput('A party cannot be empty', { field: 'parties' });
    const commitments = input.commitments.map((c, i) => commitmentOf(c, i, input.signedOn));
    const scope = recordScopeOf(viewer);
    return this.transactions.run(viewer.userId, async (uow) => {
      await this.investors.readable(scope, input.investorId);
      if (input.projectId && !(await this.agreements.readableProject(scope, input.projectId))) throw notFound('Project', input.projectId);
      const agreement = Object.assign(new Agreement(), {
        kind: input.kind,
        title: input.title.trim(),
        investorId: input.investorId,
        projectId: input.projectId ?? null,
        officeId: viewer.office.id,
        recordedById: viewer.userId,
        signedOn: input.signedOn,
        parties,
        status: agreementStatusOf(commitments.map((c) => c.status)),
      });
      const saved = await this.agreements.saveAgreement(agreement);
      await this.agreements.insertCommitments(commitments.map((c) => Object.assign(c, { agreementId: saved.id })));
      uow.changed(AGREEMENT_POLICY, saved.id, ChangeAction.CREATED);
      return saved;
    });
  }

  /** The monitoring office records how a commitment stands; the agreement's status follows. */
  updateCommitment(viewer: Viewer, { id, status, note, expectedVersion }: UpdateCommitmentArgs): Promise<Commitment> {
    return this.transactions.run(viewer.userId, async (uow) => {
      const found = await this.agreements.lockCommitment(recordScopeOf(viewer), id);
      if (!found) throw notFound('Commitment', id);
      const { agreement, commitment } = found;
      if (!monitorsAgreement(viewer, agreement, await this.agreements.investorOwnerOf(agreement.investorId))) {
        throw forbidden("Only the office that recorded the agreement or the investor's owner office updates its commitments");
      }
      assertVersion(commitment, expectedVersion, 'Commitment');
      const newNote = note === undefined || note === null ? commitment.note : note;
      if (commitment.status === status && commitment.note === newNote) return commitment;
      Object.assign(commitment, { status, note: newNote, updatedById: viewer.userId });
      const saved = await this.agreements.saveCommitment(commitment);
      const derived = agreementStatusOf(await this.agreements.commitmentStatuses(agreement.id));
      const changed = ['commitments'];
      if (derived !== agreement.status) {
        agreement.status = derived;
        await this.agreements.saveAgreement(agreement);
        changed.push('status');
      }
      uow.changed(AGREEMENT_POLICY, agreement.id, ChangeAction.UPDATED, changed);
      return saved;
    });
  }

  /**
   * For the deadline sweeper: records, once per commitment, that an open commitment went past
   * its due day (Asia/Almaty) by `now`, as a change of its agreement.
   */
  sweepOverdue(now: Date): Promise<number> {
    return this.transactions.run(null, async (uow) => {
      const marked = await this.agreements.markOverdue(almatyDateOf(now), now);
      for (const m of marked) uow.changed(AGREEMENT_POLICY, m.agreementId, ChangeAction.UPDATED, ['commitments', 'overdue']);
      return marked.length;
    });
  }

  /** Chapter 5: the agreements the office recorded that were signed in the quarter. */
  async quarterFigures(officeId: string, from: Date, to: Date): Promise<QuarterFigure[]> {
    const signed = await this.agreements.countSigned(officeId, almatyDateOf(from), almatyDateOf(new Date(to.getTime() - 1)));
    return [{ name: AGREEMENTS_SIGNED, value: String(signed) }];
  }
}

/** A commitment as recorded: amounts and jobs not negative, amounts in whole tiyn, due no earlier than signed. */
function commitmentOf(input: CommitmentInput, position: number, signedOn: string): Commitment {
  const field = (name: string) => ({ field: `commitments[${position}].${name}` });
  if (!input.description.trim()) throw badInput('A commitment needs a description', field('description'));
  let amountKzt: string | null = null;
  if (input.amountKzt !== undefined && input.amountKzt !== null) {
    const amount = new Decimal(input.amountKzt);
    if (amount.lt(0)) throw badInput('amountKzt cannot be negative', field('amountKzt'));
    if (amount.decimalPlaces() > 2) throw badInput('amountKzt has at most 2 decimal places (tiyn)', field('amountKzt'));
    amountKzt = amount.toFixed(2);
  }
  if (input.jobs !== undefined && input.jobs !== null && input.jobs < 0) throw badInput('jobs cannot be negative', field('jobs'));
  if (input.dueOn < signedOn) throw badInput('A commitment cannot be due before the agreement was signed', field('dueOn'));
  return Object.assign(new Commitment(), {
    position,
    description: input.description.trim(),
    amountKzt,
    jobs: input.jobs ?? null,
    dueOn: input.dueOn,
    status: CommitmentStatus.OPEN,
    note: null,
    updatedById: null,
    overdueRecordedAt: null,
  });
}
