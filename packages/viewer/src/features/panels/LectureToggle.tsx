/** Lecture mode on/off (also key L): a projector layout with large type (styles.css, `.app--lecture`). */
import { useViewer } from '../../store/use-viewer.ts';

export function LectureToggle() {
  const lecture = useViewer((s) => s.lecture);
  const setLecture = useViewer((s) => s.setLecture);
  return (
    <button type="button" aria-pressed={lecture} onClick={() => setLecture(!lecture)} title="Large type and a simpler layout for a projector (L)">
      Lecture mode
    </button>
  );
}
