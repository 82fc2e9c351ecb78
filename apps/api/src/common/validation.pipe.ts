import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldProblem } from './domain-error';
import { inputReason } from './input-reasons';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => {
      const reason = inputReason(error, constraint);
      return reason ? { path, message, reason } : { path, message };
    });
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** Input DTO validation; failures become one BAD_USER_INPUT error naming each field. */
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  // The target (the input object) leads to the decorators' arguments, which word each field's reason.
  validationError: { target: true },
  exceptionFactory: (errors) => DomainError.invalid(flatten(errors)),
});
