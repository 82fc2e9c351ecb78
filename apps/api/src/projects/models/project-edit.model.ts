import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProjectField } from '../project-edits';

registerEnumType(ProjectField, { name: 'ProjectField', description: 'A project field its owner may change after creating it' });

/** One field of a project before and after an edit. */
@ObjectType('ProjectFieldChange')
export class ProjectFieldChangeModel {
  @Field(() => ProjectField)
  field: ProjectField;

  @Field(() => String, { description: 'The value before the edit; the gold ratio as a decimal fraction (0.1 for 10 %)' })
  before: string;

  @Field(() => String, { description: 'The value after the edit, written as `before` is' })
  after: string;
}

/** One edit of a project: when, by whom, and each field it changed. */
@ObjectType('ProjectEdit')
export class ProjectEditModel {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { nullable: true, description: 'Who edited it (the owner)' })
  editorName: string | null;

  @Field(() => [ProjectFieldChangeModel])
  changes: ProjectFieldChangeModel[];
}

@ObjectType('ProjectEditPage')
export class ProjectEditPageModel {
  @Field(() => Int)
  total: number;

  @Field(() => [ProjectEditModel], { description: 'Newest first' })
  items: ProjectEditModel[];
}
