import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role, UnauthenticatedError } from '@laurels/domain';
import type { Viewer } from './viewer.js';

export const ACCESS_METADATA = 'laurels:access';

/** The access rule of a resolver: open to anyone, or to a role and everything above it. */
export type AccessRule = { readonly public: true } | { readonly public: false; readonly minimumRole: Role };

/** Anyone may call it, signed in or not. */
export const Public = () => SetMetadata(ACCESS_METADATA, { public: true } satisfies AccessRule);

/** Only this role or a higher one (EMPLOYEE < MANAGER < ADMIN). */
export const RequireRole = (minimumRole: Role) => SetMetadata(ACCESS_METADATA, { public: false, minimumRole } satisfies AccessRule);

/** Any signed-in member of an organisation. */
export const SignedIn = () => RequireRole(Role.EMPLOYEE);

/** The signed-in caller; the access guard has already made sure there is one. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const viewer = GqlExecutionContext.create(context).getContext<{ viewer?: Viewer }>().viewer;
  if (!viewer) throw new UnauthenticatedError('Sign in first');
  return viewer;
});
