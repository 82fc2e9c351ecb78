import { getTaskKind } from '@fourmi/task-kinds';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { DomainError, prefixFields } from '../common/domain-error';
import type { QualityRulesInput } from '../quality/dto/quality-rules.input';
import { checkRules, type QualityRules } from '../quality/quality-rules';
import type { CreateProjectInput } from './dto/create-project.input';
import type { UpdateProjectInput } from './dto/update-project.input';
import { auditProjectEdit, projectChanges } from './project-edits';
import { ProjectEntity, ProjectStatus } from './project.entity';

export class ProjectsError extends DomainError {}

@Injectable()
export class ProjectsService {
  constructor(@InjectRepository(ProjectEntity) private readonly projects: Repository<ProjectEntity>) {}

  async create(ownerId: string, input: CreateProjectInput): Promise<ProjectEntity> {
    const parsed = getTaskKind(input.kind).parseConfig(input.config);
    if (!parsed.ok) throw ProjectsError.invalid(prefixFields('config', parsed.errors), 'The task configuration is not valid');
    const qualityRules = plainRules(input.qualityRules);
    const ruleProblems = checkRules(qualityRules, input.overlap);
    if (ruleProblems.length) throw ProjectsError.invalid(ruleProblems, 'The quality rules are not valid');
    return this.projects.save(
      this.projects.create({
        ownerId,
        name: input.name,
        instructions: input.instructions,
        kind: input.kind,
        config: parsed.value,
        rewardCents: input.rewardCents,
        overlap: input.overlap,
        leaseSeconds: input.leaseSeconds ?? 600,
        goldRatio: input.goldRatio ?? 0,
        qualityRules,
        autoAcceptHours: input.autoAcceptHours ?? null,
        fairPayPolicy: input.fairPayPolicy ?? 'TOP_UP',
        languages: [...new Set(input.languages ?? [])],
        estimatedSecondsPerTask: input.estimatedSecondsPerTask ?? null,
      }),
    );
  }

  /**
   * Renames a project of this owner or rewrites its instructions; workers see them on their next task.
   * Each edit that changes something is audited with every changed field's before and after, in the
   * same transaction; an edit that changes nothing writes nothing.
   */
  async update(ownerId: string, input: UpdateProjectInput): Promise<ProjectEntity> {
    if (!isUuid(input.id)) throw ProjectsError.notFound('No such project', 'project.notFound');
    return this.projects.manager.transaction(async (tx) => {
      // Locked, so two edits at once each record as `before` what the other left.
      const project = await tx.findOne(ProjectEntity, { where: { id: input.id, ownerId }, lock: { mode: 'pessimistic_write' } });
      if (!project) throw ProjectsError.notFound('No such project', 'project.notFound');
      const after = { name: input.name, instructions: input.instructions, goldRatio: input.goldRatio ?? project.goldRatio };
      const changes = projectChanges(project, after);
      if (changes.length === 0) return project;
      const saved = await tx.save(Object.assign(project, after));
      await auditProjectEdit(tx, ownerId, project.id, changes);
      return saved;
    });
  }

  listOwned(ownerId: string): Promise<ProjectEntity[]> {
    return this.projects.find({ where: { ownerId }, order: { createdAt: 'DESC' } });
  }

  /** A project of this owner; someone else's project is reported as not found, not as forbidden. */
  async getOwned(id: string, ownerId: string): Promise<ProjectEntity> {
    const project = isUuid(id) ? await this.projects.findOneBy({ id, ownerId }) : null;
    if (!project) throw ProjectsError.notFound('No such project', 'project.notFound');
    return project;
  }

  /** A project open for work. */
  async getActive(id: string): Promise<ProjectEntity> {
    const project = isUuid(id) ? await this.projects.findOneBy({ id, status: ProjectStatus.ACTIVE }) : null;
    if (!project) throw ProjectsError.notFound('No such project', 'project.notFound');
    return project;
  }

  findByIds(ids: readonly string[]): Promise<ProjectEntity[]> {
    return this.projects.findBy({ id: In([...ids]) });
  }
}

/** The rules as stored: only the rules that were set. */
function plainRules(input: QualityRulesInput | undefined): QualityRules {
  const rules = Object.fromEntries(Object.entries(input ?? {}).filter(([, value]) => value !== undefined && value !== null));
  if (rules['requiredSkills']) rules['requiredSkills'] = (rules['requiredSkills'] as { skill: string; min: number }[]).map(({ skill, min }) => ({ skill, min }));
  return rules as QualityRules;
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
