import { t } from '../../strings';

export default function Page() {
  return <h1 className="page-title">{t.members.title}</h1>;
}
