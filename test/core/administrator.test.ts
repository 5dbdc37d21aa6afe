import { contract } from '../support/contract';
import { startTestServer } from '../support/server';

describe('ADMIN_EMAIL and ADMIN_PASSWORD', () => {
  it('make sure that administrator exists after start, once, at the authorized body', async () => {
    const email = `admin.${Date.now()}@irm.test`;
    const env = { ADMIN_EMAIL: email, ADMIN_PASSWORD: 'a-long-admin-password' };
    for (let start = 0; start < 2; start += 1) {
      const server = await startTestServer({ env });
      try {
        const { login } = await server.anonymous.ok(contract('Login'), { email, password: env.ADMIN_PASSWORD });
        expect(login.user).toMatchObject({ email, role: 'ADMIN', office: { kind: 'AUTHORIZED_BODY' } });
      } finally {
        await server.stop();
      }
    }
  });
});
