import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { InvalidInputError } from '@laurels/domain';

/** class-validator on every input type; the first broken constraint names its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => firstProblem(errors),
  });
}

function firstProblem(errors: ValidationError[], path: string[] = []): InvalidInputError {
  for (const error of errors) {
    const here = [...path, error.property];
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) return new InvalidInputError(here.join('.'), message.replace(error.property, here.join('.')));
    if (error.children?.length) return firstProblem(error.children, here);
  }
  return new InvalidInputError(path.join('.') || 'input', 'input is not valid');
}
