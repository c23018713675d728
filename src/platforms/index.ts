/**
 * The platform registry: every platform's module (adapters, rule pack, settings part). The
 * engine, the pack loader and the adapter list derive from it; ids.ts holds the light part.
 * Content scripts must not import this file (it carries every platform's rules and zod).
 */
import { alibaba } from './alibaba';
import { channels } from './channels';
import { douyin } from './douyin';
import { PLATFORMS, type PageIdOf, type Platform } from './ids';
import { jd } from './jd';
import type { PackPart, PlatformModule } from './types';

export const PLATFORM_MODULES = { jd, channels, alibaba, douyin } satisfies {
  readonly [P in Platform]: PlatformModule<P, PageIdOf<P>>;
};

type Modules = typeof PLATFORM_MODULES;
type PackSchema = Modules[Platform]['pack']['schema'];
export type PackKind = Modules[Platform]['pack']['kind'];

/** The modules in registry (display) order. */
export const MODULES: readonly Modules[Platform][] = PLATFORMS.map((p) => PLATFORM_MODULES[p]);

/** One pack schema per platform, for the rule-pack union (z.discriminatedUnion wants a tuple). */
export const PACK_SCHEMAS = MODULES.map((m) => m.pack.schema) as [PackSchema, ...PackSchema[]];

/**
 * The pack part that judges packs of `kind`. Typed for the caller's pack: the registry's
 * parts differ in their pack type, and `kind` is what zod's discriminated union parsed by.
 */
export function packPartFor<Pack extends { kind: string }>(pack: Pack): PackPart<Pack> {
  const part: PackPart<{ kind: string }> | undefined = MODULES.find(
    (m) => m.pack.kind === pack.kind,
  )?.pack;
  if (!part) throw new Error(`no platform judges rule packs of kind ${pack.kind}`);
  return part as PackPart<Pack>;
}
