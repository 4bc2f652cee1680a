import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// jsdom implements no layout: scrolling is a no-op in component tests.
Element.prototype.scrollIntoView = () => undefined;
