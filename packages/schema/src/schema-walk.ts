import type { z } from "zod";

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    if (
      (def.type === "optional" || def.type === "default" || def.type === "nullable") &&
      def.innerType
    ) {
      current = def.innerType;
    } else if (def.type === "pipe" && def.in) {
      current = def.in;
    } else {
      return current;
    }
  }
  return current;
}

/**
 * Finds the field names a schema accepts at a path of an input document.
 * @returns the object's keys, or an empty list when the path does not lead to an object.
 */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (!current) return [];
    const def = defOf(current);
    if (def.type === "object" && def.shape) current = def.shape[String(key)];
    else if (def.type === "record") current = def.valueType;
    else if (def.type === "array") current = def.element;
    else if (def.type === "union")
      current = def.options?.find((o) => defOf(unwrap(o)).type === "object");
    else return [];
    current = current ? unwrap(current) : undefined;
  }
  if (!current) return [];
  let def = defOf(current);
  if (def.type === "union") {
    const object = def.options?.find((o) => defOf(unwrap(o)).type === "object");
    if (object) def = defOf(unwrap(object));
  }
  return def.type === "object" && def.shape ? Object.keys(def.shape) : [];
}
