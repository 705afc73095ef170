/** The one static safety line the lock screens can show (the safety plan itself is encrypted). */
export function EmergencyLine() {
  return (
    <p className="emergency-line">
      If you are in danger or thinking about harming yourself, call your local emergency number now (for
      example 988 in the US and Canada, 116 123 for Samaritans in the UK and Ireland, 112 across the EU).
    </p>
  );
}
