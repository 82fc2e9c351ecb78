import type { TaskKind } from '@fourmi/task-kinds';
import { Type } from 'class-transformer';
import { QualityRulesInput } from '../../quality/dto/quality-rules.input';
import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsDefined, ValidateNested, IsIn, IsInt, IsNumber, Matches, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { OVERLAP_LIMITS, TASK_KINDS } from '@fourmi/task-kinds';
import { JSONScalar } from '../../common/json.scalar';
import { Trimmed } from '../../common/trimmed';
import { TaskKindEnum } from '../models/task-kind.enum';

@InputType()
export class CreateProjectInput {
  @Field(() => String)
  @Trimmed()
  @Length(1, 120, { message: 'Enter a name of 1 to 120 characters' })
  name: string;

  @Field(() => String, { description: 'Markdown shown to workers' })
  @MaxLength(20_000, { message: 'Instructions are limited to 20,000 characters' })
  instructions: string;

  @Field(() => TaskKindEnum)
  @IsIn([...TASK_KINDS], { message: 'Choose a task kind' })
  kind: TaskKind;

  @Field(() => JSONScalar, { description: 'The task kind config, validated by the kind' })
  @IsDefined({ message: 'Give the task configuration' })
  config: unknown;

  @Field(() => Int, { description: 'Reward per assignment, in cents' })
  @IsInt({ message: 'Enter a whole number of cents' })
  @Min(1, { message: 'The reward must be at least 1 cent' })
  @Max(100_000, { message: 'The reward must be at most 1,000.00' })
  rewardCents: number;

  @Field(() => Int, { description: 'Answers wanted per item' })
  @IsInt({ message: 'Enter a whole number' })
  @Min(OVERLAP_LIMITS.min, { message: `Ask for at least ${OVERLAP_LIMITS.min} answer per item` })
  @Max(OVERLAP_LIMITS.max, { message: `Ask for at most ${OVERLAP_LIMITS.max} answers per item` })
  overlap: number;

  @Field(() => Int, { nullable: true, description: 'How long a worker holds a task (default 600 s)' })
  @IsOptional()
  @IsInt({ message: 'Enter a whole number of seconds' })
  @Min(30, { message: 'Give workers at least 30 seconds' })
  @Max(86_400, { message: 'A lease lasts at most one day' })
  leaseSeconds?: number;

  @Field(() => Float, { nullable: true, description: 'Share of tasks drawn from gold items, 0 to 0.5 (default 0)' })
  @IsOptional()
  @IsNumber({}, { message: 'Enter a number from 0 to 0.5' })
  @Min(0, { message: 'The gold ratio cannot be negative' })
  @Max(0.5, { message: 'At most half of the tasks can be gold' })
  goldRatio?: number;

  @Field(() => [String], { nullable: true, description: 'Workers must speak one of these (ISO 639-1 codes); empty: anyone' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'Use two-letter language codes such as en or fr' })
  languages?: string[];

  @Field(() => Int, { nullable: true, description: 'Your estimate of the working time per task, in seconds; used for fair pay until answers are measured' })
  @IsOptional()
  @IsInt({ message: 'Enter a whole number of seconds' })
  @Min(1, { message: 'A task takes at least 1 second' })
  @Max(86_400, { message: 'A task takes at most one day' })
  estimatedSecondsPerTask?: number;

  @Field(() => QualityRulesInput, { nullable: true, description: 'Bans, flags, caps, required skills, dynamic overlap' })
  @IsOptional()
  @ValidateNested()
  @Type(() => QualityRulesInput)
  qualityRules?: QualityRulesInput;

  @Field(() => Int, { nullable: true, description: 'Accept unreviewed answers after this many hours (0 to 720); absent: accept by hand' })
  @IsOptional()
  @IsInt({ message: 'Enter a whole number of hours' })
  @Min(0, { message: 'Enter 0 to 720 hours' })
  @Max(720, { message: 'Enter 0 to 720 hours' })
  autoAcceptHours?: number;

  @Field(() => String, { nullable: true, description: 'TOP_UP (default): when measured pay falls below the platform minimum, accepted answers are topped up from your balance; WARN: you are only warned' })
  @IsOptional()
  @IsIn(['TOP_UP', 'WARN'], { message: 'Choose TOP_UP or WARN' })
  fairPayPolicy?: 'TOP_UP' | 'WARN';
}
