import type { LoginLimits } from '../auth/login-limits';
import { hashPassword, passwordProblem, verifyPasswordOrDummy } from '../auth/password';
import type { TokenService } from '../auth/token';
import type { Viewer } from '../auth/viewer';
import type { ViewerCache } from '../auth/viewer-cache';
import { DomainError, badInput, forbidden, notFound } from '../common/errors';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import { OfficeKind } from '../offices/office.entity';
import type { OfficeRepository } from '../offices/office.repository';
import { type User, UserRole } from './user.entity';
import type { AuthPayload, CreateUserInput, UpdateUserInput } from './user.inputs';
import { USER_POLICY } from './user.policy';
import type { UserRepository } from './user.repository';

/** A change of a person: the row as it is to be stored, what changed, and whether their tokens stop working. */
interface UserChange {
  user: User;
  changedFields: string[];
  revoke: boolean;
  /** When the person moves: the office they leave (its administrators hear of it). */
  previousOfficeId?: string;
}

const wrongCredentials = () => new DomainError('UNAUTHENTICATED', 'Wrong email or password');

export class UserService {
  constructor(
    private readonly users: UserRepository,
    private readonly offices: OfficeRepository,
    private readonly tokens: TokenService,
    private readonly transactions: Transactions,
    private readonly limits: LoginLimits,
    private readonly viewers: ViewerCache,
  ) {}

  /**
   * One answer, in the same time, for an unknown email, a wrong password and a deactivated
   * account: nothing tells which accounts exist. Attempts are limited (login-limits.ts).
   */
  async login(email: string, password: string, clientAddress: string): Promise<AuthPayload> {
    await this.limits.attempt(email, clientAddress);
    const user = await this.users.findByEmail(email);
    const matches = await verifyPasswordOrDummy(password, user?.passwordHash ?? null);
    if (!user || !user.active || !matches) throw wrongCredentials();
    await this.limits.succeeded(email, clientAddress);
    return { token: await this.tokens.sign(user.id, user.tokenEpoch), user };
  }

  /** The signed-in person's own password; every other token of theirs stops working, a new one is returned. */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string, clientAddress: string): Promise<AuthPayload> {
    // A stolen token must not become a way around the sign-in limits.
    await this.limits.attempt(viewer.email, clientAddress);
    const user = await this.get(viewer.userId);
    if (!(await verifyPasswordOrDummy(currentPassword, user.passwordHash))) throw wrongCredentials();
    await this.limits.succeeded(viewer.email, clientAddress);
    assertPasswordPolicy(newPassword, user.email, 'newPassword');
    // Checked and hashed outside the transaction: hashing is slow and must not hold one open.
    user.passwordHash = await hashPassword(newPassword);
    const saved = await this.saveChange(viewer.userId, async () => ({ user, changedFields: ['password'], revoke: true }));
    return { token: await this.tokens.sign(saved.id, saved.tokenEpoch), user: saved };
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findById(id);
    if (!user) throw notFound('User', id);
    return user;
  }

  /** Administrators of the authorized body see everyone; other administrators their own office. */
  list(viewer: Viewer, officeId?: string | null): Promise<User[]> {
    if (!isSystemAdmin(viewer)) {
      if (officeId && officeId !== viewer.office.id) throw forbidden('You may list the people of your own office only');
      return this.users.listByOffice(viewer.office.id);
    }
    return this.users.listByOffice(officeId ?? null);
  }

  async create(viewer: Viewer, input: CreateUserInput): Promise<User> {
    if (!isSystemAdmin(viewer) && input.officeId !== viewer.office.id) {
      throw forbidden('You may add people to your own office only');
    }
    assertPasswordPolicy(input.password, input.email, 'password');
    const passwordHash = await hashPassword(input.password);
    return this.transactions.run(viewer.userId, async () => {
      const office = await this.offices.findById(input.officeId);
      if (!office) throw badInput(`No office ${input.officeId}`, { field: 'officeId' });
      // Joins this transaction (db/transactions.ts): the office checked is the one the person is stored in.
      return this.saveNew(viewer.userId, { ...input, email: input.email.toLowerCase(), passwordHash });
    });
  }

  async setActive(viewer: Viewer, id: string, active: boolean): Promise<User> {
    return this.saveChange(viewer.userId, async () => {
      const user = await this.manageable(viewer, id);
      if (user.id === viewer.userId && !active) throw badInput('You cannot deactivate yourself');
      user.active = active;
      // Deactivation revokes for good: reactivating does not bring old tokens back.
      return { user, changedFields: ['active'], revoke: !active };
    });
  }

  /** Name, role and office; a role or office change revokes the person's tokens. */
  async update(viewer: Viewer, id: string, input: UpdateUserInput): Promise<User> {
    return this.saveChange(viewer.userId, async () => {
      const user = await this.manageable(viewer, id);
      const officeChanges = input.officeId != null && input.officeId !== user.officeId;
      const roleChanges = input.role != null && input.role !== user.role;
      if (user.id === viewer.userId && (officeChanges || roleChanges)) throw badInput('You cannot change your own role or office');
      if (officeChanges && !isSystemAdmin(viewer))
        throw forbidden('Only administrators of the authorized body move people between offices');
      if (officeChanges && !(await this.offices.findById(input.officeId as string))) {
        throw badInput(`No office ${input.officeId}`, { field: 'officeId' });
      }
      const previousOfficeId = user.officeId;
      const next = { name: input.name ?? user.name, role: input.role ?? user.role, officeId: input.officeId ?? user.officeId };
      const changedFields = (Object.keys(next) as (keyof typeof next)[]).filter((f) => next[f] !== user[f]);
      Object.assign(user, next);
      return { user, changedFields, revoke: officeChanges || roleChanges, previousOfficeId };
    });
  }

  /** ADMIN_EMAIL / ADMIN_PASSWORD: that administrator exists after start (at the authorized body). */
  async ensureAdministrator(email: string, password: string): Promise<void> {
    if (await this.users.findByEmail(email)) return;
    const office = await this.offices.findOneOfKind(OfficeKind.AUTHORIZED_BODY);
    if (!office) throw new Error('ADMIN_EMAIL is set but there is no authorized body office to put the administrator in');
    await this.saveNew(null, {
      email: email.toLowerCase(),
      name: 'Administrator',
      role: UserRole.ADMIN,
      officeId: office.id,
      passwordHash: await hashPassword(password),
    });
  }

  /** A person the viewer may manage; one of another office looks exactly like none. */
  private async manageable(viewer: Viewer, id: string): Promise<User> {
    const user = await this.users.findById(id);
    if (!user || (!isSystemAdmin(viewer) && user.officeId !== viewer.office.id)) throw notFound('User', id);
    return user;
  }

  /** Stores the change `change` makes (its reads and checks in the same transaction). */
  private async saveChange(actorId: string, change: () => Promise<UserChange>): Promise<User> {
    const saved = await this.transactions.run(actorId, async (uow) => {
      const { user, changedFields, revoke, previousOfficeId = user.officeId } = await change();
      // The administrators of the office a person leaves hear of it too.
      if (previousOfficeId !== user.officeId) await uow.readersMayChange(USER_POLICY, user.id);
      await this.users.save(user);
      if (revoke) await this.users.bumpTokenEpoch(user.id);
      uow.changed(USER_POLICY, user.id, ChangeAction.UPDATED, changedFields);
      const saved = await this.users.findById(user.id);
      if (!saved) throw notFound('User', user.id);
      return saved;
    });
    // Committed: this instance stops using the old facts now (others on the USER change event).
    this.viewers.forget(saved.id);
    return saved;
  }

  private saveNew(actorId: string | null, fields: Pick<User, 'email' | 'name' | 'role' | 'officeId' | 'passwordHash'>): Promise<User> {
    return this.transactions.run(actorId, async (uow) => {
      const user = await this.users.save(fields);
      uow.changed(USER_POLICY, user.id, ChangeAction.CREATED);
      return user;
    });
  }
}

function assertPasswordPolicy(password: string, email: string, field: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw badInput(problem, { field });
}

function isSystemAdmin(viewer: Viewer): boolean {
  return viewer.role === UserRole.ADMIN && viewer.office.kind === OfficeKind.AUTHORIZED_BODY;
}
