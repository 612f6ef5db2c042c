import { t } from '../../strings';

export default function Page() {
  return <h1 className="page-title">{t.stock.title}</h1>;
}
