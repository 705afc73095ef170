import { Text } from 'react-aria-components';

interface FieldNotesProps {
  /** The hint under a field; react-aria links it to the field as its description. */
  description?: string | undefined;
  /** Why the value was refused; linked as the field's error and announced when it appears. */
  errorMessage?: string | undefined;
}

/**
 * The lines under every kit field: a hint, then the refusal. One place, so
 * each field describes and announces the same way (the slots are how
 * react-aria wires aria-describedby; role alert speaks a refusal as it appears).
 */
export function FieldNotes({ description, errorMessage }: FieldNotesProps) {
  return (
    <>
      {description && (
        <Text slot="description" className="ui-field-hint">
          {description}
        </Text>
      )}
      {errorMessage && (
        <Text slot="errorMessage" className="ui-field-error" role="alert">
          {errorMessage}
        </Text>
      )}
    </>
  );
}
