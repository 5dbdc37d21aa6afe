import { hashPassword, verifyPassword } from '../auth/password';
import type { TokenService } from '../auth/token';
import type { Viewer } from '../auth/viewer';
import { DomainError, badInput, forbidden, notFound } from '../common/errors';
import type { Transactions } from '../db/transactions';
import { ChangeAction, EntityKind } from '../events/change-event.entity';
import { OfficeKind } from '../offices/office.entity';
import type { OfficeRepository } from '../offices/office.repository';
import { User, UserRole } from './user.entity';
import type { AuthPayload, CreateUserInput } from './user.inputs';
import type { UserRepository } from './user.repository';

export class UserService {
  constructor(
    private readonly users: UserRepository,
    private readonly offices: OfficeRepository,
    private readonly tokens: TokenService,
    private readonly transactions: Transactions,
  ) {}

  async login(email: string, password: string): Promise<AuthPayload> {
    const user = await this.users.findByEmail(email);
    // Same answer for an unknown email and a wrong password: no account probing.
    if (!user || !user.active || !(await verifyPassword(password, user.passwordHash))) {
      throw new DomainError('UNAUTHENTICATED', 'Wrong email or password');
    }
    return { token: await this.tokens.sign(user.id), user };
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
    const office = await this.offices.findById(input.officeId);
    if (!office) throw badInput(`No office ${input.officeId}`, { field: 'officeId' });
    return this.saveNew(viewer.userId, { ...input, email: input.email.toLowerCase(), passwordHash: await hashPassword(input.password) });
  }

  async setActive(viewer: Viewer, id: string, active: boolean): Promise<User> {
    const user = await this.get(id);
    if (!isSystemAdmin(viewer) && user.officeId !== viewer.office.id) throw forbidden('You may manage the people of your own office only');
    if (user.id === viewer.userId && !active) throw badInput('You cannot deactivate yourself');
    return this.transactions.run(viewer.userId, async (uow) => {
      user.active = active;
      const saved = await this.users.save(uow.manager, user);
      uow.record({ entity: EntityKind.USER, entityId: id, action: ChangeAction.UPDATED, changedFields: ['active'], officeIds: [user.officeId] });
      return saved;
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

  private saveNew(actorId: string | null, fields: Pick<User, 'email' | 'name' | 'role' | 'officeId' | 'passwordHash'>): Promise<User> {
    return this.transactions.run(actorId, async (uow) => {
      const user = await this.users.save(uow.manager, fields);
      uow.record({ entity: EntityKind.USER, entityId: user.id, action: ChangeAction.CREATED, officeIds: [user.officeId] });
      return user;
    });
  }
}

function isSystemAdmin(viewer: Viewer): boolean {
  return viewer.role === UserRole.ADMIN && viewer.office.kind === OfficeKind.AUTHORIZED_BODY;
}
