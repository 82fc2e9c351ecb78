import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { TOP_LEVEL } from '@fourmi/quality';
import { ArrayMaxSize, IsBoolean, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';

@InputType('SkillRequirementInput')
export class SkillRequirementInput {
  @Field(() => String, { description: 'e.g. kind:CLASSIFICATION or project:<id>' })
  @Length(1, 200)
  skill: string;

  @Field(() => Float)
  @Min(0)
  @Max(1)
  min: number;
}

@InputType('QualityRulesInput')
export class QualityRulesInput {
  @Field(() => Int, { nullable: true, description: 'Dynamic overlap: answers to collect first' })
  @IsOptional()
  @Min(1, { message: 'At least 1 answer' })
  @Max(20)
  minOverlap?: number;

  @Field(() => Float, { nullable: true, description: 'Dynamic overlap: stop once the answer is this sure (0.5 to 0.999)' })
  @IsOptional()
  @Min(0.5, { message: 'Use a target from 0.5 to 0.999' })
  @Max(0.999, { message: 'Use a target from 0.5 to 0.999' })
  confidenceTarget?: number;

  @Field(() => Float, { nullable: true, description: 'Ban from the project below this gold accuracy (0 to 1)' })
  @IsOptional()
  @Min(0)
  @Max(1)
  banBelowGoldAccuracy?: number;

  @Field(() => Int, { nullable: true, description: 'Gold answers before the ban rule applies (default 5)' })
  @IsOptional()
  @Min(1)
  @Max(1000)
  minGoldAnswers?: number;

  @Field(() => Int, { nullable: true, description: 'Flag answers faster than this many seconds' })
  @IsOptional()
  @Min(1)
  @Max(3600)
  minAnswerSeconds?: number;

  @Field(() => Float, { nullable: true, description: 'Flag workers agreeing with the consensus less than this (0 to 1)' })
  @IsOptional()
  @Min(0)
  @Max(1)
  flagBelowAgreement?: number;

  @Field(() => Int, { nullable: true, description: 'Tasks per worker per day' })
  @IsOptional()
  @Min(1)
  @Max(100_000)
  dailyCap?: number;

  @Field(() => Int, { nullable: true, description: `Only workers of this level or above (2 to ${TOP_LEVEL}; see WorkerLevel)` })
  @IsOptional()
  @Min(2)
  @Max(TOP_LEVEL)
  minLevel?: number;

  @Field(() => Boolean, { nullable: true, description: 'Training: show the right answer and explanation after each gold answer' })
  @IsOptional()
  @IsBoolean()
  training?: boolean;

  @Field(() => Int, { nullable: true, description: 'Exam: gold answers needed to be graded' })
  @IsOptional()
  @Min(1)
  @Max(500)
  examGoldAnswers?: number;

  @Field(() => Float, { nullable: true, description: 'Exam: estimated accuracy needed to pass (0 to 1)' })
  @IsOptional()
  @Min(0)
  @Max(1)
  examPassAccuracy?: number;

  @Field(() => String, { nullable: true, description: 'Exam: the skill granted on passing, e.g. kind:CATEGORIZATION or lang:fr' })
  @IsOptional()
  @Length(1, 200)
  examGrantsSkill?: string;

  @Field(() => [SkillRequirementInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => SkillRequirementInput)
  requiredSkills?: SkillRequirementInput[];
}

@ObjectType('SkillRequirement')
export class SkillRequirementModel {
  @Field(() => String)
  skill: string;

  @Field(() => Float)
  min: number;
}

@ObjectType('QualityRules')
export class QualityRulesModel {
  @Field(() => Int, { nullable: true })
  minOverlap?: number;

  @Field(() => Float, { nullable: true })
  confidenceTarget?: number;

  @Field(() => Float, { nullable: true })
  banBelowGoldAccuracy?: number;

  @Field(() => Int, { nullable: true })
  minGoldAnswers?: number;

  @Field(() => Int, { nullable: true })
  minAnswerSeconds?: number;

  @Field(() => Float, { nullable: true })
  flagBelowAgreement?: number;

  @Field(() => Int, { nullable: true })
  dailyCap?: number;

  @Field(() => Int, { nullable: true })
  minLevel?: number;

  @Field(() => Boolean, { nullable: true })
  training?: boolean;

  @Field(() => Int, { nullable: true })
  examGoldAnswers?: number;

  @Field(() => Float, { nullable: true })
  examPassAccuracy?: number;

  @Field(() => String, { nullable: true })
  examGrantsSkill?: string;

  @Field(() => [SkillRequirementModel], { nullable: true })
  requiredSkills?: SkillRequirementModel[];
}
