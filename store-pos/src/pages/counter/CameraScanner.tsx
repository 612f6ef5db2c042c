// The tablet's back camera as a QR reader. The decoder (qr-scanner, a web worker) is bundled with the app:
// Chromium on Linux and Windows has no BarcodeDetector, and the counter must not depend on a CDN.
import { useEffect, useRef, useState } from 'react';
import { t } from '../../strings';

export function CameraScanner({ onToken }: { onToken: (text: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const onTokenRef = useRef(onToken);
  onTokenRef.current = onToken;
  const [error, setError] = useState(false);

  useEffect(() => {
    let stopped = false;
    let scanner: { stop(): void; destroy(): void } | null = null;
    let last = '';
    void import('qr-scanner').then(async ({ default: QrScanner }) => {
      if (stopped || !video.current) return;
      const s = new QrScanner(
        video.current,
        (result) => {
          // The same code stays in view for seconds: report it once.
          if (result.data && result.data !== last) {
            last = result.data;
            onTokenRef.current(result.data);
          }
        },
        { preferredCamera: 'environment', maxScansPerSecond: 8, returnDetailedScanResult: true },
      );
      scanner = s;
      try {
        await s.start();
      } catch {
        if (!stopped) setError(true);
      }
    });
    return () => {
      stopped = true;
      scanner?.stop();
      scanner?.destroy();
    };
  }, []);

  return (
    <div className="camera">
      {error ? <p className="form-error">{t.counter.cameraUnavailable}</p> : <p className="muted">{t.counter.cameraHint}</p>}
      <video ref={video} muted playsInline data-testid="camera" />
    </div>
  );
}
