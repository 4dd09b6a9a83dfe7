/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Feature</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * SEV_FEATURES bits (VMSA offset 0x3B0, kvm_sev_init.vmsa_features); the literal value is the bit number.
 * <!-- end-model-doc -->
 * @see org.cocolaunch.sev.model.SevPackage#getSevFeature()
 * @model
 * @generated
 */
public enum SevFeature implements Enumerator {
	/**
	 * The '<em><b>SNP ACTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SNP_ACTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	SNP_ACTIVE(0, "SNP_ACTIVE", "SNP_ACTIVE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VTOM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VTOM_VALUE
	 * @generated
	 * @ordered
	 */
	VTOM(1, "VTOM", "VTOM"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REFLECT VC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFLECT_VC_VALUE
	 * @generated
	 * @ordered
	 */
	REFLECT_VC(2, "REFLECT_VC", "REFLECT_VC"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RESTRICTED INJECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESTRICTED_INJECTION_VALUE
	 * @generated
	 * @ordered
	 */
	RESTRICTED_INJECTION(3, "RESTRICTED_INJECTION", "RESTRICTED_INJECTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ALTERNATE INJECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALTERNATE_INJECTION_VALUE
	 * @generated
	 * @ordered
	 */
	ALTERNATE_INJECTION(4, "ALTERNATE_INJECTION", "ALTERNATE_INJECTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DEBUG SWAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEBUG_SWAP_VALUE
	 * @generated
	 * @ordered
	 */
	DEBUG_SWAP(5, "DEBUG_SWAP", "DEBUG_SWAP"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PREVENT HOST IBS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREVENT_HOST_IBS_VALUE
	 * @generated
	 * @ordered
	 */
	PREVENT_HOST_IBS(6, "PREVENT_HOST_IBS", "PREVENT_HOST_IBS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BTB ISOLATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BTB_ISOLATION_VALUE
	 * @generated
	 * @ordered
	 */
	BTB_ISOLATION(7, "BTB_ISOLATION", "BTB_ISOLATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VMPL SSS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMPL_SSS_VALUE
	 * @generated
	 * @ordered
	 */
	VMPL_SSS(8, "VMPL_SSS", "VMPL_SSS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SECURE TSC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURE_TSC_VALUE
	 * @generated
	 * @ordered
	 */
	SECURE_TSC(9, "SECURE_TSC", "SECURE_TSC"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VMGEXIT PARAMETER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMGEXIT_PARAMETER_VALUE
	 * @generated
	 * @ordered
	 */
	VMGEXIT_PARAMETER(10, "VMGEXIT_PARAMETER", "VMGEXIT_PARAMETER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>IBS VIRTUALIZATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IBS_VIRTUALIZATION_VALUE
	 * @generated
	 * @ordered
	 */
	IBS_VIRTUALIZATION(12, "IBS_VIRTUALIZATION", "IBS_VIRTUALIZATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VMSA REG PROT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMSA_REG_PROT_VALUE
	 * @generated
	 * @ordered
	 */
	VMSA_REG_PROT(14, "VMSA_REG_PROT", "VMSA_REG_PROT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SMT PROTECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMT_PROTECTION_VALUE
	 * @generated
	 * @ordered
	 */
	SMT_PROTECTION(15, "SMT_PROTECTION", "SMT_PROTECTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SECURE AVIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURE_AVIC_VALUE
	 * @generated
	 * @ordered
	 */
	SECURE_AVIC(16, "SECURE_AVIC", "SECURE_AVIC"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>IBPB ON ENTRY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IBPB_ON_ENTRY_VALUE
	 * @generated
	 * @ordered
	 */
	IBPB_ON_ENTRY(21, "IBPB_ON_ENTRY", "IBPB_ON_ENTRY"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SNP ACTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SNP_ACTIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SNP_ACTIVE_VALUE = 0;

	/**
	 * The '<em><b>VTOM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VTOM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VTOM_VALUE = 1;

	/**
	 * The '<em><b>REFLECT VC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFLECT_VC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFLECT_VC_VALUE = 2;

	/**
	 * The '<em><b>RESTRICTED INJECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESTRICTED_INJECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESTRICTED_INJECTION_VALUE = 3;

	/**
	 * The '<em><b>ALTERNATE INJECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALTERNATE_INJECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALTERNATE_INJECTION_VALUE = 4;

	/**
	 * The '<em><b>DEBUG SWAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEBUG_SWAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEBUG_SWAP_VALUE = 5;

	/**
	 * The '<em><b>PREVENT HOST IBS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREVENT_HOST_IBS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PREVENT_HOST_IBS_VALUE = 6;

	/**
	 * The '<em><b>BTB ISOLATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BTB_ISOLATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BTB_ISOLATION_VALUE = 7;

	/**
	 * The '<em><b>VMPL SSS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMPL_SSS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VMPL_SSS_VALUE = 8;

	/**
	 * The '<em><b>SECURE TSC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURE_TSC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECURE_TSC_VALUE = 9;

	/**
	 * The '<em><b>VMGEXIT PARAMETER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMGEXIT_PARAMETER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VMGEXIT_PARAMETER_VALUE = 10;

	/**
	 * The '<em><b>IBS VIRTUALIZATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IBS_VIRTUALIZATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IBS_VIRTUALIZATION_VALUE = 12;

	/**
	 * The '<em><b>VMSA REG PROT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMSA_REG_PROT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VMSA_REG_PROT_VALUE = 14;

	/**
	 * The '<em><b>SMT PROTECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMT_PROTECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SMT_PROTECTION_VALUE = 15;

	/**
	 * The '<em><b>SECURE AVIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURE_AVIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECURE_AVIC_VALUE = 16;

	/**
	 * The '<em><b>IBPB ON ENTRY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IBPB_ON_ENTRY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IBPB_ON_ENTRY_VALUE = 21;

	/**
	 * An array of all the '<em><b>Feature</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SevFeature[] VALUES_ARRAY = new SevFeature[] { SNP_ACTIVE, VTOM, REFLECT_VC,
			RESTRICTED_INJECTION, ALTERNATE_INJECTION, DEBUG_SWAP, PREVENT_HOST_IBS, BTB_ISOLATION, VMPL_SSS,
			SECURE_TSC, VMGEXIT_PARAMETER, IBS_VIRTUALIZATION, VMSA_REG_PROT, SMT_PROTECTION, SECURE_AVIC,
			IBPB_ON_ENTRY, };

	/**
	 * A public read-only list of all the '<em><b>Feature</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SevFeature> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Feature</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SevFeature get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SevFeature result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Feature</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SevFeature getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SevFeature result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Feature</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SevFeature get(int value) {
		switch (value) {
		case SNP_ACTIVE_VALUE:
			return SNP_ACTIVE;
		case VTOM_VALUE:
			return VTOM;
		case REFLECT_VC_VALUE:
			return REFLECT_VC;
		case RESTRICTED_INJECTION_VALUE:
			return RESTRICTED_INJECTION;
		case ALTERNATE_INJECTION_VALUE:
			return ALTERNATE_INJECTION;
		case DEBUG_SWAP_VALUE:
			return DEBUG_SWAP;
		case PREVENT_HOST_IBS_VALUE:
			return PREVENT_HOST_IBS;
		case BTB_ISOLATION_VALUE:
			return BTB_ISOLATION;
		case VMPL_SSS_VALUE:
			return VMPL_SSS;
		case SECURE_TSC_VALUE:
			return SECURE_TSC;
		case VMGEXIT_PARAMETER_VALUE:
			return VMGEXIT_PARAMETER;
		case IBS_VIRTUALIZATION_VALUE:
			return IBS_VIRTUALIZATION;
		case VMSA_REG_PROT_VALUE:
			return VMSA_REG_PROT;
		case SMT_PROTECTION_VALUE:
			return SMT_PROTECTION;
		case SECURE_AVIC_VALUE:
			return SECURE_AVIC;
		case IBPB_ON_ENTRY_VALUE:
			return IBPB_ON_ENTRY;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private SevFeature(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
		return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}

} //SevFeature
