import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
// One React component per element, with typed props and event props (onStateChange, onSpeakingChange, ...).
import { CameraPreview, DeviceSelect } from 'local-media-elements/react';

function App() {
  const [shown, setShown] = useState(true);
  const [state, setState] = useState('idle');
  return (
    <>
      {shown && (
        <>
          <CameraPreview id="camera" resolution="480p" onStateChange={event => setState(event.detail.state)} />
          <DeviceSelect kind="videoinput" htmlFor="camera" />
          {/* The raw tags work too (React 19), typed by the same entry. */}
          <mic-meter segments={12} />
        </>
      )}
      <p>
        Camera: <output id="state">{state}</output>
      </p>
      {/* Unmounting removes the elements, which stops their tracks. */}
      <button id="toggle" type="button" onClick={() => setShown(!shown)}>
        {shown ? 'Remove the camera' : 'Show the camera'}
      </button>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
