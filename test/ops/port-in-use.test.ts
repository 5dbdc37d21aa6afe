import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { TEST_JWT_SECRET } from '../support/server';
import { lastLine, runIrm } from './irm-process';

describe('a port already in use', () => {
  it('ends the start with exit 1 and one line naming the port, instead of hanging', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const proc = runIrm({
        DATABASE_URL: process.env.TEST_DATABASE_URL,
        JWT_SECRET: TEST_JWT_SECRET,
        DEMO_DATA: 'false',
        PORT: String(port),
        HOST: '127.0.0.1',
      });
      expect(await proc.exited).toBe(1);
      expect(lastLine(proc.errors())).toBe(
        `Port ${port} on 127.0.0.1 is already in use (EADDRINUSE): stop the process using it or set PORT`,
      );
    } finally {
      taken.close();
    }
  }, 60_000);
});
