import { asProblems, type Problem, withProblem } from "./problem";
import type { Exclusive, QueueStorage } from "./queue";

/**
 * The problems of clips made without the popup open (context menu, keyboard), kept for the popup. The
 * badge shows "!" while any is stored. A plain notice goes once the popup has shown it; a rescued clip
 * (one storage refused to queue) stays until the user queues it, saves it as a file or throws it away,
 * however often the popup is opened and closed meanwhile. When storage.local refuses the write (full), the
 * problem goes to storage.session so it is not lost too. Pure over the two storage areas, like the queue.
 *
 * The key's name is from when it held a single problem; such a value still reads (`asProblems`).
 */
export const PROBLEM_KEY = "lastProblem";

/** The part of a `browser.storage` area the problems use. */
export interface ProblemArea extends QueueStorage {
  remove(key: string): Promise<void>;
}

export interface ProblemStore {
  /** Keeps a problem in the durable area, else in the fallback; throws only when neither takes it. */
  report(problem: Problem): Promise<void>;
  /** What waits in either area: the rescued clips (each once), then the latest notice. */
  waiting(): Promise<Problem[]>;
  /** The popup has shown the notices: they go, the rescued clips stay. */
  clearNotices(): Promise<void>;
  /** The user queued, saved or threw away this rescued clip: it goes from both areas. */
  resolve(clipId: string): Promise<void>;
}

export function createProblemStore(
  durable: ProblemArea,
  fallback: ProblemArea,
  exclusive: Exclusive,
): ProblemStore {
  const areas = [durable, fallback];
  const read = async (area: ProblemArea) =>
    asProblems((await area.get(PROBLEM_KEY).catch((): Record<string, unknown> => ({})))[PROBLEM_KEY]);
  const write = (area: ProblemArea, problems: Problem[]) =>
    problems.length > 0 ? area.set({ [PROBLEM_KEY]: problems }) : area.remove(PROBLEM_KEY);
  const add = async (area: ProblemArea, problem: Problem) =>
    write(area, withProblem(await read(area), problem));

  /** Rewrites each area that holds something `keep` drops. */
  const keepOnly = (keep: (problem: Problem) => boolean) =>
    exclusive(async () => {
      for (const area of areas) {
        const problems = await read(area);
        const kept = problems.filter(keep);
        if (kept.length < problems.length) await write(area, kept);
      }
    });

  return {
    report: (problem) =>
      exclusive(async () => {
        try {
          await add(durable, problem);
        } catch {
          await add(fallback, problem);
        }
      }),

    waiting: async () => {
      const all = (await Promise.all(areas.map(read))).flat();
      const seen = new Set<string>();
      const rescued = all.filter((problem) => {
        if (!problem.rescued || seen.has(problem.rescued.id)) return false;
        seen.add(problem.rescued.id);
        return true;
      });
      const notice = all.find((problem) => !problem.rescued);
      return notice ? [...rescued, notice] : rescued;
    },

    clearNotices: () => keepOnly((problem) => problem.rescued !== undefined),

    resolve: (clipId) => keepOnly((problem) => problem.rescued?.id !== clipId),
  };
}
