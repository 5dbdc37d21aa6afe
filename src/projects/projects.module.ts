import { recordScopeOf } from '../auth/scope';
import { defineModule } from '../module';
import { ProjectFigureSource } from './project-figures';
import { Project } from './project.entity';
import { projectLoaders } from './project.loaders';
import { ProjectRepository } from './project.repository';
import { ProjectResolver } from './project.resolver';
import { ProjectService } from './project.service';

declare module '../app' {
  interface AppServices {
    projects: ProjectService;
  }
  interface Repositories {
    projects: ProjectRepository;
  }
}
declare module '../context/loaders' {
  interface Loaders extends ReturnType<typeof projectLoaders> {}
}

/** Investment projects, their support tier (paragraph 5) and pool eligibility (paragraph 2.8-1). */
export const projectsModule = defineModule({
  name: 'projects',
  entities: [Project],
  resolvers: [ProjectResolver],
  provide: ({ db, repos, transactions, clock }) => {
    const projects = new ProjectRepository(db);
    return { repos: { projects }, projects: new ProjectService(projects, repos.investors, repos.sites, transactions, clock) };
  },
  loaders: (app, viewer) => projectLoaders(app.repos.projects, app.officeCache, recordScopeOf(viewer)),
  figureSources: (app) => [new ProjectFigureSource(app.repos.projects)],
});
