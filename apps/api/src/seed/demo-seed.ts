import { Logger } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { hashPassword } from '../auth/password';
import { AuthService } from '../auth/auth.service';
import { BatchesService } from '../batches/batches.service';
import { AdminLedgerService } from '../payments/admin-ledger.service';
import { ProjectsService } from '../projects/projects.service';
import { Role } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { DEMO_PROJECTS, type DemoProject } from './demo-projects';
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

/**
 * Creates the demo accounts and one published project of every kind, each once: accounts that exist
 * are reused and projects the demo requester already has (by name) are skipped, so an older demo
 * database gains the newer projects on its next start.
 */
export async function seedDemo(app: INestApplication): Promise<void> {
  const logger = new Logger('DemoSeed');
  const { requesterId, adminId, created } = await demoAccounts(app);
  const projectsService = app.get(ProjectsService);
  const batches = app.get(BatchesService);
  const existing = new Set((await projectsService.listOwned(requesterId)).map((p) => p.name));
  const missing = [CLASSIFICATION_DEMO, ...DEMO_PROJECTS].filter((p) => !existing.has(p.name));
  if (missing.length === 0) return;
  // Publishing escrows the batches' cost: the demo requester gets €100 once (credited by the admin, audited;
  // the idempotency key makes a second credit a no-op).
  const credit = { userId: requesterId, amountCents: 10_000, reason: 'Demo credit (no real money)', idempotencyKey: 'demo-seed-credit' };
  await app.get(AdminLedgerService).credit(adminId, credit);
  for (const demo of missing) {
    const project = await projectsService.create(requesterId, {
      name: demo.name,
      instructions: demo.instructions,
      kind: demo.kind,
      config: demo.config,
      rewardCents: demo.rewardCents,
      estimatedSecondsPerTask: demo.estimatedSecondsPerTask,
      overlap: demo.overlap,
      leaseSeconds: 300,
    });
    const batch = await batches.create(requesterId, { projectId: project.id, name: demo.batchName ?? 'Demo items', items: demo.items });
    await batches.publish(requesterId, batch.id);
  }
  const accounts = created ? '3 accounts, ' : '';
  logger.log(`Seeded the demo: ${accounts}${missing.length} projects (${missing.map((p) => p.name).join(', ')})`);
}

const CLASSIFICATION_DEMO: DemoProject & { batchName: string } = {
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
  items: demoReviews,
  rewardCents: 5,
  estimatedSecondsPerTask: 10,
  overlap: 3,
  batchName: 'Demo reviews',
};

/** The demo requester and admin, created when missing (the worker too). */
async function demoAccounts(app: INestApplication): Promise<{ requesterId: string; adminId: string; created: boolean }> {
  const users = app.get(UsersService);
  const [requesterAccount, , admin] = DEMO_ACCOUNTS;
  const [requester, adminUser] = await Promise.all([users.findByEmail(requesterAccount.email), users.findByEmail(admin.email)]);
  if (requester && adminUser) return { requesterId: requester.id, adminId: adminUser.id, created: false };
  const auth = app.get(AuthService);
  const [signedUp] = await Promise.all(
    DEMO_ACCOUNTS.filter((a) => a.role !== Role.ADMIN).map((a) =>
      auth.signUp({ email: a.email, password: a.password, displayName: a.displayName, role: a.role, locale: 'en' }),
    ),
  );
  const adminCreated = await users.create({ email: admin.email, passwordHash: await hashPassword(admin.password), displayName: admin.displayName, roles: [Role.ADMIN], locale: 'en' });
  return { requesterId: signedUp.user.id, adminId: adminCreated.id, created: true };
}
