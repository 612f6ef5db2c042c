// What the app does at launch, once: sign in, find the shopper, and read the stores near them whenever
// where they are changes.
import { client, signIn } from '../api/app-client';
import { keepMemberSecret } from '../api/member-secret';
import { locateAtLaunch, placeStore } from './place';
import { bindReferralAtLaunch } from './referral';
import { bindSceneStore, loadNearby } from './stores';
import { sayWhenPageCodeFails } from './page-code';

export function startApp(): () => void {
  const stopListening = sayWhenPageCodeFails();
  // Sign in first thing (in parallel with finding the store): orders and the home-store binding need it.
  void signIn().then((token) => {
    if (!token) return;
    // A session from before member codes went offline has no secret yet: fetch it while there is signal.
    void keepMemberSecret(client);
    void bindReferralAtLaunch();
    return bindSceneStore();
  });
  let last = placeStore.get().place;
  if (last) void loadNearby(last);
  const stop = placeStore.subscribe(() => {
    const { place } = placeStore.get();
    if (place && place !== last) void loadNearby(place);
    last = place;
  });
  locateAtLaunch();
  return () => {
    stop();
    stopListening();
  };
}
