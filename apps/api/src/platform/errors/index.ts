export { GraphQLExceptionFilter } from './graphql-exception.filter.js';
export { fieldOfVariableError, toGraphQLError } from './to-graphql-error.js';
export { createValidationPipe } from './validation.pipe.js';
