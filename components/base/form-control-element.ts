import type { PropertyDeclarations } from 'lit';
import { KitElement } from './kit-element.js';

/** The text of the `<label for>`s outside a form-associated element that name it; '' where none does. */
export function outsideLabel(internals: ElementInternals): string {
  return [...(internals.labels ?? [])].map(label => label.textContent?.trim() ?? '').filter(Boolean).join(' ');
}

/**
 * A control of the kit that a `<form>` sees as one of its own (`formAssociated`), as a native control: `name` and
 * its value in the FormData (the subclass sets it with `internals.setFormValue`), `disabled` (its own attribute or
 * a disabled `<fieldset>` around it: `formDisabled`), `form` and `labels`, and `formResetCallback`. A `<label for>`
 * outside names the inner control: `outsideLabel()` is its text.
 */
export abstract class FormControlElement extends KitElement {
  static readonly formAssociated = true;
  static override properties: PropertyDeclarations = {
    name: { reflect: true, useDefault: true },
    disabled: { type: Boolean, reflect: true, useDefault: true },
    formDisabled: { state: true },
  };

  /** The name of its value in the form's data; without one, nothing is submitted. */
  name = '';

  /** Disables the control (a disabled `<fieldset>` around it does too), and leaves it out of the form's data. */
  disabled = false;

  protected readonly internals: ElementInternals = this.attachInternals();

  /** Disabled, by its own `disabled` or by a disabled `<fieldset>` around it (the browser tells). */
  protected formDisabled = false;

  /** The `<form>` it belongs to, or null. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The `<label>`s that name it (`<label for>` its id, or around it). */
  get labels(): NodeList {
    return this.internals.labels;
  }

  /** The browser: the element's own `disabled`, or a fieldset's, changed. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The form was reset: back to the value the control had before the person changed it. */
  abstract formResetCallback(): void;

  /** The text of the `<label for>`s outside that name it, for the inner control; '' where none does. */
  protected outsideLabel(): string {
    return outsideLabel(this.internals);
  }
}
