/**
 * The guided-story panel: the list of stories while none is open, then the
 * story card. The card asks the step's question first (the screen still
 * shows the step before), applies the step when the class answers or the
 * educator presses "Show", and then reports what the model computed, before
 * → after, whether the prediction matched, and, honestly, when the model
 * disagrees with the clinical description. Every sentence about a result
 * is built from the model's answers (outcome.ts).
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import { MUSCLE_LABELS } from '@lumbo/model';
import { Disclaimer } from '../panels/Disclaimer.tsx';
import { useViewer } from '../../store/use-viewer.ts';
import { findStory, STORIES } from '../../store/stories/index.ts';
import { formatValue, describeChange, describeDisagreement, describePrediction, stepOutcome, type MetricChange } from '../../store/stories/outcome.ts';
import { metricInfo, readStoryMetric } from '../../store/stories/metrics.ts';
import { isAtEnd, isAtStart, screenStepOf } from '../../store/stories/runner.ts';
import type { StoryStep } from '../../store/stories/types.ts';

export function StoryPanel() {
  const open = useViewer((s) => s.story !== null);
  return open ? <StoryCard /> : <StoryPicker />;
}

/**
 * The stories from the header, for lecture mode (where the controls column is
 * folded away): picking one opens it without leaving lecture mode.
 */
export function StoryMenu() {
  const lecture = useViewer((s) => s.lecture);
  const open = useViewer((s) => s.story !== null);
  const openStory = useViewer((s) => s.openStory);
  if (!lecture || open) return null;
  return (
    <label className="story-menu">
      <span className="story-menu__label">Story</span>
      <select
        aria-label="Start a guided story"
        value=""
        onChange={(e) => {
          if (e.target.value) openStory(e.target.value);
        }}
      >
        <option value="">Start a guided story…</option>
        {STORIES.map((story) => (
          <option key={story.id} value={story.id}>
            {story.title}
          </option>
        ))}
      </select>
    </label>
  );
}

function StoryPicker() {
  const id = useId();
  const openStory = useViewer((s) => s.openStory);
  return (
    <section aria-labelledby={`${id}-heading`} className="story-picker">
      <h2 id={`${id}-heading`}>Guided stories</h2>
      <ul className="story-picker__list">
        {STORIES.map((story) => (
          <li key={story.id}>
            <button type="button" onClick={() => openStory(story.id)} aria-describedby={`${id}-${story.id}`}>
              {story.title}
            </button>
            <span id={`${id}-${story.id}`} className="story-picker__summary">
              {story.summary}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ChangeItem({ change }: { change: MetricChange }) {
  const disagreement = describeDisagreement(change);
  return (
    <li data-direction={change.direction}>
      {describeChange(change)}
      {change.expected !== undefined && !disagreement && <> As described.</>}
      {disagreement && <span className="story-outcome__disagree"> {disagreement}</span>}
    </li>
  );
}

function Outcome({ step }: { step: StoryStep }) {
  const s = useViewer((st) => st.story)!;
  const answers = useViewer((st) => st.storyAnswers);
  const before = answers[s.step - 1];
  const after = answers[s.step];
  const outcome = useMemo(() => (before && after ? stepOutcome(step, before.answer, after.answer, s.choice) : null), [step, before, after, s.choice]);
  const reveal = useRef<HTMLDivElement>(null);
  // a long card in a short column: bring the answer into view when it arrives
  useEffect(() => {
    if (outcome) reveal.current?.scrollIntoView?.({ block: 'nearest' });
  }, [outcome]);
  if (!outcome) {
    return (
      <p className="story-outcome story-outcome--waiting" aria-live="polite">
        The model is solving this step…
      </p>
    );
  }
  const { main } = outcome;
  const choiceLabel = s.choice === null ? null : (step.predict?.choices[s.choice]?.label ?? null);
  const disagreement = describeDisagreement(main);
  return (
    <div
      ref={reveal}
      className="story-outcome"
      data-testid="story-outcome"
      data-direction={main.direction}
      data-expected={main.expected}
      data-before={String(main.before)}
      data-after={String(main.after)}
      data-matched={outcome.predictionMatched === null ? 'none' : String(outcome.predictionMatched)}
      aria-live="polite"
    >
      <p className="story-outcome__main">
        <strong>The model computed:</strong> {describeChange(main)}
      </p>
      <p className={outcome.predictionMatched === false ? 'story-outcome__prediction story-outcome__prediction--miss' : 'story-outcome__prediction'}>
        {describePrediction(outcome, choiceLabel)}
      </p>
      {disagreement && <p className="story-outcome__disagree">{disagreement}</p>}
      {outcome.watch.length > 0 && (
        <ul className="story-outcome__watch">
          {outcome.watch.map((c) => (
            <ChangeItem key={JSON.stringify(c.metric)} change={c} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** A step without a question: the values it asks the class to note, read from the model's answer. */
function Values({ step, index }: { step: StoryStep; index: number }) {
  const shown = useViewer((st) => st.storyAnswers[index]);
  if (!step.watch?.length) return null;
  if (!shown) return <p className="story-outcome story-outcome--waiting">The model is solving this step…</p>;
  return (
    <ul className="story-outcome__watch" data-testid="story-values">
      {step.watch.map((w) => {
        const v = readStoryMetric(w.metric, shown.answer);
        const info = metricInfo(w.metric);
        return v === null ? null : (
          <li key={JSON.stringify(w.metric)}>
            {info.label}: <strong>{formatValue(v, info)}</strong>
          </li>
        );
      })}
    </ul>
  );
}

function StoryCard() {
  const id = useId();
  const s = useViewer((st) => st.story)!;
  const beforeReady = useViewer((st) => (st.story ? st.storyAnswers[screenStepOf(st.story)] !== undefined : false));
  const next = useViewer((st) => st.storyNext);
  const back = useViewer((st) => st.storyBack);
  const reveal = useViewer((st) => st.storyReveal);
  const close = useViewer((st) => st.closeStory);
  const story = findStory(s.id);
  const step = story?.steps[s.step];
  if (!story || !step) return null;
  const predicting = s.phase === 'predict' && step.predict;

  return (
    <section
      className="story-card"
      aria-labelledby={`${id}-title`}
      data-testid="story-card"
      data-story={story.id}
      data-step={s.step}
      data-phase={s.phase}
    >
      <div className="story-card__head">
        <p className="story-card__kicker">
          {/* in a laptop's narrow column the words "Guided story" are left to screen readers (layouts.css) */}
          <span className="story-card__kind">Guided story · </span>
          {story.title} · <span className="story-card__step">step {s.step + 1} of {story.steps.length}</span>
        </p>
        <button type="button" className="story-card__close" onClick={close} aria-label="Close the story">
          ×
        </button>
      </div>
      <h2 id={`${id}-title`} className="story-card__title">
        {step.title}
      </h2>
      {predicting ? (
        <div className="story-card__predict">
          <p className="story-card__question">
            <strong>Predict first:</strong> {step.predict.question}
          </p>
          <div role="group" aria-label="Your prediction" className="story-card__choices">
            {step.predict.choices.map((c, i) => (
              <button key={c.label} type="button" disabled={!beforeReady} onClick={() => reveal(i)}>
                {c.label}
              </button>
            ))}
          </div>
          {!beforeReady && <p className="story-outcome--waiting">Waiting for the model…</p>}
        </div>
      ) : (
        <>
          {/* the answer to the question first: it is what the room is waiting for */}
          {step.predict && <Outcome step={step} />}
          <p className="story-card__text">{step.text}</p>
          {!step.predict && <Values step={step} index={s.step} />}
        </>
      )}
      <p className="story-card__highlight">
        Highlighted: {step.highlight.map((g) => MUSCLE_LABELS[g]).join(', ')}
      </p>
      {!predicting && (
        <div className="story-card__sources">
          <p>
            <strong>Sources:</strong> {step.sources.join('; ')}
          </p>
          {step.simplifies && (
            <p>
              <strong>What the model simplifies:</strong> {step.simplifies}
            </p>
          )}
        </div>
      )}
      <div className="story-card__nav">
        <button type="button" onClick={back} disabled={isAtStart(s)}>
          ← Back
        </button>
        {predicting ? (
          <button type="button" className="story-card__primary" onClick={() => reveal(null)} disabled={!beforeReady}>
            Show →
          </button>
        ) : (
          isAtEnd(story, s) ? (
            <button type="button" className="story-card__primary" onClick={close}>
              Finish ✓
            </button>
          ) : (
            <button type="button" className="story-card__primary" onClick={next}>
              Next →
            </button>
          )
        )}
      </div>
      <Disclaimer className="disclaimer story-card__disclaimer" />
    </section>
  );
}
