// PostGraphile v5 (Amber preset, no plugins) over IRM's bench database: the peer of npm run
// bench:peer. Run with Node 22 (PostGraphile 5 needs it); prints the same "serving GraphQL at"
// line as IRM so the bench finds both the same way.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['public'],
      // The same pool size as IRM in the bench (DATABASE_POOL_SIZE=20).
      poolConfig: { max: Number(process.env.PEER_POOL_SIZE ?? 20) },
    }),
  ],
  grafserv: { graphqlPath: '/graphql', watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (e) => {
  console.error(e);
  process.exit(1);
});
await serv.addTo(server);
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`serving GraphQL at http://127.0.0.1:${address.port}/graphql`);
});
const stop = () => {
  server.close();
  void pgl.release().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
