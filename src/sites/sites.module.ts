import { recordScopeOf } from '../auth/scope';
import { defineModule } from '../module';
import { IndustrialSite } from './industrial-site.entity';
import { siteLoaders } from './industrial-site.loaders';
import { IndustrialSiteRepository } from './industrial-site.repository';
import { IndustrialSiteResolver } from './industrial-site.resolver';
import { IndustrialSiteService } from './industrial-site.service';

declare module '../app' {
  interface AppServices {
    sites: IndustrialSiteService;
  }
  interface Repositories {
    sites: IndustrialSiteRepository;
  }
}
declare module '../context/loaders' {
  interface Loaders extends ReturnType<typeof siteLoaders> {}
}

/** Industrial sites the regions offer investors. */
export const sitesModule = defineModule({
  name: 'sites',
  entities: [IndustrialSite],
  resolvers: [IndustrialSiteResolver],
  provide: ({ db, transactions }) => {
    const sites = new IndustrialSiteRepository(db);
    return { repos: { sites }, sites: new IndustrialSiteService(sites, transactions) };
  },
  loaders: (app, viewer) => siteLoaders(app.repos.sites, recordScopeOf(viewer)),
});
