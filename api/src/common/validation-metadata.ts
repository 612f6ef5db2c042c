// class-validator looks up a class's validation rules on every validate() call, and the lookup walks the rules of
// every validated class in the app (for inherited ones): ~1 % of the API's time on a checkout, for an answer that
// never changes once the classes are loaded. This keeps each answer the first time it is asked for.
import { getMetadataStorage, validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

type Lookup = ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas'];

let installed = false;

/**
 * Remembers class-validator's rule lookups per class and options. Safe because rules are registered by decorators
 * when a class is defined, and a class (with the classes it extends, defined before it) is only validated after.
 */
export function rememberValidationRules(): void {
  if (installed) return;
  installed = true;
  const storage = getMetadataStorage();
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const known = new Map<Function, Map<string, ReturnType<Lookup>>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0000') ?? ''}`;
    let byOptions = known.get(target);
    if (!byOptions) known.set(target, (byOptions = new Map()));
    let rules = byOptions.get(key);
    if (!rules) byOptions.set(key, (rules = lookup(target, schema, always, strictGroups, groups)));
    return rules;
  };
}

/**
 * type-graphql's argument validation (its `validateArg`) with class-validator imported once. Given no `validateFn`,
 * type-graphql runs `require('class-validator')` (an `import()` compiled to CommonJS) for every validated argument of
 * every request, and Node resolves that path again each time (`Module._findPath`, ~2 % of a checkout's API time).
 * The rest is type-graphql's own code: arguments that are objects (or lists of objects) are validated with the
 * schema's options, where missing properties are skipped and unknown values allowed unless the options say
 * otherwise, and a failure is type-graphql's ArgumentValidationError. No argument of ours sets validate options of
 * its own: given a validateFn, type-graphql would pass them by (an argument would be validated with the schema's).
 */
export function argumentValidator(settings: ValidatorOptions): ValidatorFn {
  const options: ValidatorOptions = {
    ...settings,
    skipMissingProperties: settings.skipMissingProperties !== false,
    forbidUnknownValues: settings.forbidUnknownValues === true,
  };
  const validated = (value: unknown): value is object => value !== null && typeof value === 'object';
  return async (argValue) => {
    if (!validated(argValue)) return;
    try {
      if (Array.isArray(argValue)) await Promise.all(argValue.filter(validated).map((item) => validateOrReject(item, options)));
      else await validateOrReject(argValue, options);
    } catch (err) {
      throw new ArgumentValidationError(err as ValidationError[]);
    }
  };
}
