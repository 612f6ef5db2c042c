import type { PropsWithChildren } from 'react';
import { AppProvider } from './state/app-state';
import './app.scss';

export default function App({ children }: PropsWithChildren) {
  return <AppProvider>{children}</AppProvider>;
}
