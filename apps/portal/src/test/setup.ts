import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// CI runs these beside the API's integration specs on two cores: a find or waitFor may take
// seconds there, so it waits longer than the library's default second before it fails.
configure({ asyncUtilTimeout: 5_000 });

// jsdom implements no layout: scrolling is a no-op in component tests.
Element.prototype.scrollIntoView = () => undefined;

// jsdom has <dialog> but not its modal methods: enough of them to open and close one.
HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  this.open = false;
};
