import { DataSource, type DataSourceOptions } from 'typeorm';
import { AssignmentEntity } from '../dispatch/assignment.entity';
import { BatchEntity } from '../batches/batch.entity';
import { TaskEntity } from '../batches/task.entity';
import { ProjectEntity } from '../projects/project.entity';
import { UserEntity } from '../users/user.entity';
import { migrations } from './migrations';

export const entities = [UserEntity, ProjectEntity, BatchEntity, TaskEntity, AssignmentEntity];

/** Schema changes only through migrations, run at start; never `synchronize`. */
export function dataSourceOptions(url: string, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    // Connections are kept, neither renewed nor closed when idle: see dispatch-pools.ts.
    extra: { max: poolSize, idleTimeoutMillis: 0 },
  };
}

export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
