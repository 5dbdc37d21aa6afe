import { oneByKey } from '../common/batch';
import { LoginLimits } from '../auth/login-limits';
import { ViewerCache } from '../auth/viewer-cache';
import { defineModule } from '../module';
import { User } from './user.entity';
import { UserRepository } from './user.repository';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';

const userLoaders = (users: UserRepository) => ({
  userById: oneByKey(
    (ids: readonly string[]) => users.findByIds(ids),
    (u) => u.id,
  ),
});

declare module '../app' {
  interface AppServices {
    users: UserService;
    /** Sign-in attempts counted per account, address and pair (shared through Redis when configured). */
    loginLimits: LoginLimits;
    /** The facts of signed-in accounts, reused briefly (auth/viewer-cache.ts). */
    viewers: ViewerCache;
  }
  interface Repositories {
    users: UserRepository;
  }
}
declare module '../context/loaders' {
  interface Loaders extends ReturnType<typeof userLoaders> {}
}

/** The people of the offices, their roles and sign-in. */
export const usersModule = defineModule({
  name: 'users',
  entities: [User],
  resolvers: [UserResolver],
  provide: ({ db, repos, tokens, transactions, config }) => {
    const users = new UserRepository(db);
    const loginLimits = new LoginLimits(config);
    const viewers = new ViewerCache((id) => users.viewerFacts(id));
    return {
      repos: { users },
      loginLimits,
      viewers,
      users: new UserService(users, repos.offices, tokens, transactions, loginLimits, viewers),
    };
  },
  loaders: (app) => userLoaders(app.repos.users),
});
