import { applyDecorators } from '@nestjs/common';
import { InvalidInputError } from '@laurels/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsEmail, IsInt, IsString, Length, Max, MaxLength, Min } from 'class-validator';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** A string, trimmed, between `min` and `max` characters; `label` names the field in messages, in words. */
export const IsText = (min: number, max: number, label = '$property') =>
  applyDecorators(
    trim,
    IsString({ message: `${label} must be text` }),
    Length(min, max, {
      message: min > 0 ? `${label} must be ${min} to ${max} characters` : `${label} must be at most ${max} characters`,
    }),
  );

/** Each element a trimmed string of `min`..`max` characters, at most `maxItems` of them. */
export const IsTextList = (min: number, max: number, maxItems: number) =>
  applyDecorators(
    Transform(({ value }) => (Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value)),
    ArrayMaxSize(maxItems, { message: `$property may hold at most ${maxItems} items` }),
    IsString({ each: true, message: '$property must hold text' }),
    Length(min, max, { each: true, message: `each of $property must be ${min} to ${max} characters` }),
  );

/** A whole number within bounds. */
export const IsWhole = (min: number, max: number, label = '$property') =>
  applyDecorators(
    IsInt({ message: `${label} must be a whole number` }),
    Min(min, { message: `${label} must be at least ${min}` }),
    Max(max, { message: `${label} must be at most ${max}` }),
  );

/** An email address, trimmed and lower-cased: sign-in matches it exactly. */
export const IsEmailAddress = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    IsString({ message: '$property must be text' }),
    MaxLength(254, { message: '$property must be at most 254 characters' }),
    IsEmail({}, { message: '$property must be an email address' }),
  );

/** A password: kept exactly as typed, 8 to 200 characters. */
export const IsPassword = () =>
  applyDecorators(IsString({ message: '$property must be text' }), Length(8, 200, { message: '$property must be 8 to 200 characters' }));

/** The same check as IsText, for a plain string argument: trimmed, then `min`..`max` characters. */
export function requireText(value: string, field: string, min: number, max: number): string {
  const text = value.trim();
  if (text.length < min || text.length > max) {
    throw new InvalidInputError(
      field,
      min > 0 ? `${field} must be ${min} to ${max} characters` : `${field} must be at most ${max} characters`,
    );
  }
  return text;
}
