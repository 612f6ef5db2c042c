import { useEffect, type PropsWithChildren } from 'react';
import { Provider } from 'urql';
import { client } from './api/app-client';
import { startApp } from './state/boot';
import './app.scss';

export default function App({ children }: PropsWithChildren) {
  useEffect(() => startApp(), []);
  return <Provider value={client}>{children}</Provider>;
}
