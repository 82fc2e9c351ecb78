import { Logger } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { hashPassword } from '../auth/password';
import { AuthService } from '../auth/auth.service';
import { BatchesService } from '../batches/batches.service';
import { AdminLedgerService } from '../payments/admin-ledger.service';
import { ProjectsService } from '../projects/projects.service';
import { Role } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { demoReviews } from './demo-reviews';

export const DEMO_PASSWORD = 'fourmi-demo-2026';

export const DEMO_ACCOUNTS = [
  { role: Role.REQUESTER, email: 'requester@fourmi.test', password: DEMO_PASSWORD, displayName: 'Demo Requester' },
  { role: Role.WORKER, email: 'worker@fourmi.test', password: DEMO_PASSWORD, displayName: 'Demo Worker' },
  { role: Role.ADMIN, email: 'admin@fourmi.test', password: DEMO_PASSWORD, displayName: 'Demo Admin' },
] as const;

const INSTRUCTIONS = `Read the customer review and choose its **overall sentiment**.

- **Positive**: the customer is happy with the product.
- **Neutral**: mixed or factual, no clear feeling.
- **Negative**: the customer is unhappy.

Press **1**, **2** or **3** to answer.`;

/** Creates the demo accounts and a published project of 50 items, once (skipped when they exist). */
export async function seedDemo(app: INestApplication): Promise<void> {
  const users = app.get(UsersService);
  if (await users.findByEmail(DEMO_ACCOUNTS[0].email)) return;
  const logger = new Logger('DemoSeed');
  const auth = app.get(AuthService);
  const [requester] = await Promise.all(
    DEMO_ACCOUNTS.filter((a) => a.role !== Role.ADMIN).map((a) =>
      auth.signUp({ email: a.email, password: a.password, displayName: a.displayName, role: a.role, locale: 'en' }),
    ),
  );
  const admin = DEMO_ACCOUNTS[2];
  const adminUser = await users.create({ email: admin.email, passwordHash: await hashPassword(admin.password), displayName: admin.displayName, roles: [Role.ADMIN], locale: 'en' });
  const project = await app.get(ProjectsService).create(requester.user.id, {
    name: 'Demo — Product review sentiment',
    instructions: INSTRUCTIONS,
    kind: 'CLASSIFICATION',
    config: {
      labels: [
        { value: 'positive', text: 'Positive', hotkey: '1' },
        { value: 'neutral', text: 'Neutral', hotkey: '2' },
        { value: 'negative', text: 'Negative', hotkey: '3' },
      ],
    },
    rewardCents: 5,
    overlap: 3,
    leaseSeconds: 300,
  });
  const batches = app.get(BatchesService);
  const batch = await batches.create(requester.user.id, { projectId: project.id, name: 'Demo reviews', items: demoReviews });
  // Publishing escrows the batch's cost: the demo requester starts with €100 (credited by the admin, audited).
  const credit = { userId: requester.user.id, amountCents: 10_000, reason: 'Demo credit (no real money)', idempotencyKey: 'demo-seed-credit' };
  await app.get(AdminLedgerService).credit(adminUser.id, credit);
  await batches.publish(requester.user.id, batch.id);
  logger.log(`Seeded the demo: 3 accounts, project "${project.name}" with ${demoReviews.length} items`);
}
