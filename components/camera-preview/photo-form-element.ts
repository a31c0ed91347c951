import type { PropertyDeclarations } from 'lit';
import { DeviceCaptureElement } from '../base/device-capture-element.js';
import { PhotoField } from './photo-field.js';

/**
 * A camera's capture element that a `<form>` sees as one of its controls (`formAssociated`), as it sees
 * `<input type="file" capture>`, with a live picture: `name`, `required`, and as its `value` the last photo taken
 * (the subclass hands each one to `keepPhoto`). A form reset clears it.
 */
export abstract class PhotoFormElement extends DeviceCaptureElement {
  static readonly formAssociated = true;
  static override properties: PropertyDeclarations = {
    name: { reflect: true, useDefault: true },
    required: { type: Boolean, reflect: true, useDefault: true },
  };

  /** In a `<form>`: the name of its value, the last photo taken (`value`), in the form's data. */
  name = '';

  /** In a `<form>`: invalid (`valueMissing`) until a photo is taken. */
  required = false;

  private readonly photo = new PhotoField(this, this.internals, () => this.photoRequired());

  /** The last photo (`takePhoto()` or `snapshot()`) as a File, its value in a `<form>`; null before one or after a reset. */
  get value(): File | null {
    return this.photo.file;
  }

  /** The `<form>` it belongs to, or null. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Its validity in a form: `valueMissing` while `required` and no photo is taken. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** Why it is invalid, in its language; '' when valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether it is valid; if not, fires `invalid` at it. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Whether it is valid; if not, fires `invalid` and shows the browser's message. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** The form was reset: no photo. */
  formResetCallback(): void {
    this.photo.clear();
  }

  /** Keeps `photo` (a Blob of `takePhoto()` or `snapshot()`) as `value`; returns it. */
  protected keepPhoto(photo: Blob): Blob {
    return this.photo.keep(photo);
  }

  /** The message of `valueMissing`, in the element's language. */
  protected abstract photoRequired(): string;
}
