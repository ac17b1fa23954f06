// Reference only: React alone rendering one element over the same data script (bundle size and heap floor).
import { createRoot } from 'react-dom/client';
import { data, rootElement } from './common';

createRoot(rootElement()).render(<p>{data.partnerships.length} partnerships</p>);
