// class-validator looks up a class's validation rules on every validate() call, and the lookup walks the rules of
// every validated class in the app (for inherited ones): ~1 % of the API's time on a checkout, for an answer that
// never changes once the classes are loaded. This keeps each answer the first time it is asked for.
import { getMetadataStorage } from 'class-validator';

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
