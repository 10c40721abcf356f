import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";

/**
 * The secretary's help, loaded the first time the Hjälp tab is shown: its texts are the longest in the pane
 * and would otherwise weigh on every start (as the Självtest and the analysis load only when used).
 */
export function LazyHelp({ shown }: { shown: boolean }) {
  const [Help, setHelp] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (!shown || Help) return;
    let live = true;
    import("./SecretaryHelp").then(
      (module) => live && setHelp(() => module.SecretaryHelp),
      // Without its help the tab still offers the Självtest; nothing else depends on it.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [shown]);
  return Help ? <Help /> : null;
}
