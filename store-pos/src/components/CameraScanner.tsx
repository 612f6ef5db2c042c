// The tablet's back camera as a QR reader. The decoder (qr-scanner, a web worker) is bundled with the app:
// Chromium on Linux and Windows has no BarcodeDetector, and the counter must not depend on a CDN.
import { useEffect, useRef, useState } from 'react';
import { t } from '../strings';

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
        {
          preferredCamera: 'environment',
          maxScansPerSecond: 8,
          returnDetailedScanResult: true,
          // The whole frame, not qr-scanner's default centre square: a phone held close fills the picture.
          calculateScanRegion: (v) => {
            const scale = Math.min(1, 800 / Math.max(v.videoWidth, v.videoHeight));
            return {
              x: 0,
              y: 0,
              width: v.videoWidth,
              height: v.videoHeight,
              downScaledWidth: Math.round(v.videoWidth * scale),
              downScaledHeight: Math.round(v.videoHeight * scale),
            };
          },
        },
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
