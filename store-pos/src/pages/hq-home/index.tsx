// HQ's landing page; the console's screens (issue 14) add their own hq-* pages and routes.
import { t } from '../../strings';

export default function HqHomePage() {
  return (
    <section>
      <h1 className="page-title">{t.hq.title}</h1>
      <p className="muted">{t.hq.placeholder}</p>
    </section>
  );
}
