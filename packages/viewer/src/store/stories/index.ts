/** The guided stories, in menu order. */
import { glutealAmnesiaStory } from './gluteal-amnesia.ts';
import { lowerCrossedSyndromeStory } from './lower-crossed-syndrome.ts';
import { piriformisStory } from './piriformis.ts';
import { trendelenburgDuchenneStory } from './trendelenburg-duchenne.ts';
import type { Story } from './types.ts';

export type { Story, StoryStep, StoryMetric, StoryPrediction, WatchedMetric, Direction, PredictionChoice } from './types.ts';

export const STORIES: readonly Story[] = [lowerCrossedSyndromeStory, trendelenburgDuchenneStory, glutealAmnesiaStory, piriformisStory];

export function findStory(id: string): Story | undefined {
  return STORIES.find((s) => s.id === id);
}
