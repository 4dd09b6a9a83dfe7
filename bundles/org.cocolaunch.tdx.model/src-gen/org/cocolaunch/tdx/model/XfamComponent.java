/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Xfam Component</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Named bits of XFAM (XCR0 | IA32_XSS component numbering); the literal value is the bit position.
 * <!-- end-model-doc -->
 * @see org.cocolaunch.tdx.model.TdxPackage#getXfamComponent()
 * @model
 * @generated
 */
public enum XfamComponent implements Enumerator {
	/**
	 * The '<em><b>X87</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * x87 FPU state.
	 * <!-- end-model-doc -->
	 * @see #X87_VALUE
	 * @generated
	 * @ordered
	 */
	X87(0, "X87", "X87"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SSE state (XMM registers, MXCSR).
	 * <!-- end-model-doc -->
	 * @see #SSE_VALUE
	 * @generated
	 * @ordered
	 */
	SSE(1, "SSE", "SSE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>AVX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AVX state (upper YMM halves).
	 * <!-- end-model-doc -->
	 * @see #AVX_VALUE
	 * @generated
	 * @ordered
	 */
	AVX(2, "AVX", "AVX"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BNDREGS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MPX bound registers.
	 * <!-- end-model-doc -->
	 * @see #BNDREGS_VALUE
	 * @generated
	 * @ordered
	 */
	BNDREGS(3, "BNDREGS", "BNDREGS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BNDCSR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MPX bound configuration and status.
	 * <!-- end-model-doc -->
	 * @see #BNDCSR_VALUE
	 * @generated
	 * @ordered
	 */
	BNDCSR(4, "BNDCSR", "BNDCSR"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OPMASK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AVX-512 opmask registers.
	 * <!-- end-model-doc -->
	 * @see #OPMASK_VALUE
	 * @generated
	 * @ordered
	 */
	OPMASK(5, "OPMASK", "OPMASK"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ZMM HI256</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AVX-512 upper ZMM halves.
	 * <!-- end-model-doc -->
	 * @see #ZMM_HI256_VALUE
	 * @generated
	 * @ordered
	 */
	ZMM_HI256(6, "ZMM_HI256", "ZMM_HI256"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>HI16 ZMM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AVX-512 ZMM16-31.
	 * <!-- end-model-doc -->
	 * @see #HI16_ZMM_VALUE
	 * @generated
	 * @ordered
	 */
	HI16_ZMM(7, "HI16_ZMM", "HI16_ZMM"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Processor trace.
	 * <!-- end-model-doc -->
	 * @see #PT_VALUE
	 * @generated
	 * @ordered
	 */
	PT(8, "PT", "PT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PKRU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User protection keys.
	 * <!-- end-model-doc -->
	 * @see #PKRU_VALUE
	 * @generated
	 * @ordered
	 */
	PKRU(9, "PKRU", "PKRU"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CET U</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CET user state.
	 * <!-- end-model-doc -->
	 * @see #CET_U_VALUE
	 * @generated
	 * @ordered
	 */
	CET_U(11, "CET_U", "CET_U"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CET S</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CET supervisor state.
	 * <!-- end-model-doc -->
	 * @see #CET_S_VALUE
	 * @generated
	 * @ordered
	 */
	CET_S(12, "CET_S", "CET_S"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UINTR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User interrupts.
	 * <!-- end-model-doc -->
	 * @see #UINTR_VALUE
	 * @generated
	 * @ordered
	 */
	UINTR(14, "UINTR", "UINTR"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LBR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Architectural last branch records.
	 * <!-- end-model-doc -->
	 * @see #LBR_VALUE
	 * @generated
	 * @ordered
	 */
	LBR(15, "LBR", "LBR"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>XTILECFG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AMX tile configuration.
	 * <!-- end-model-doc -->
	 * @see #XTILECFG_VALUE
	 * @generated
	 * @ordered
	 */
	XTILECFG(17, "XTILECFG", "XTILECFG"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>XTILEDATA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AMX tile data.
	 * <!-- end-model-doc -->
	 * @see #XTILEDATA_VALUE
	 * @generated
	 * @ordered
	 */
	XTILEDATA(18, "XTILEDATA", "XTILEDATA"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>X87</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * x87 FPU state.
	 * <!-- end-model-doc -->
	 * @see #X87
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int X87_VALUE = 0;

	/**
	 * The '<em><b>SSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SSE state (XMM registers, MXCSR).
	 * <!-- end-model-doc -->
	 * @see #SSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SSE_VALUE = 1;

	/**
	 * The '<em><b>AVX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AVX state (upper YMM halves).
	 * <!-- end-model-doc -->
	 * @see #AVX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AVX_VALUE = 2;

	/**
	 * The '<em><b>BNDREGS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MPX bound registers.
	 * <!-- end-model-doc -->
	 * @see #BNDREGS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BNDREGS_VALUE = 3;

	/**
	 * The '<em><b>BNDCSR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MPX bound configuration and status.
	 * <!-- end-model-doc -->
	 * @see #BNDCSR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BNDCSR_VALUE = 4;

	/**
	 * The '<em><b>OPMASK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AVX-512 opmask registers.
	 * <!-- end-model-doc -->
	 * @see #OPMASK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPMASK_VALUE = 5;

	/**
	 * The '<em><b>ZMM HI256</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AVX-512 upper ZMM halves.
	 * <!-- end-model-doc -->
	 * @see #ZMM_HI256
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ZMM_HI256_VALUE = 6;

	/**
	 * The '<em><b>HI16 ZMM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AVX-512 ZMM16-31.
	 * <!-- end-model-doc -->
	 * @see #HI16_ZMM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HI16_ZMM_VALUE = 7;

	/**
	 * The '<em><b>PT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Processor trace.
	 * <!-- end-model-doc -->
	 * @see #PT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PT_VALUE = 8;

	/**
	 * The '<em><b>PKRU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User protection keys.
	 * <!-- end-model-doc -->
	 * @see #PKRU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PKRU_VALUE = 9;

	/**
	 * The '<em><b>CET U</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CET user state.
	 * <!-- end-model-doc -->
	 * @see #CET_U
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CET_U_VALUE = 11;

	/**
	 * The '<em><b>CET S</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CET supervisor state.
	 * <!-- end-model-doc -->
	 * @see #CET_S
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CET_S_VALUE = 12;

	/**
	 * The '<em><b>UINTR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User interrupts.
	 * <!-- end-model-doc -->
	 * @see #UINTR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UINTR_VALUE = 14;

	/**
	 * The '<em><b>LBR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Architectural last branch records.
	 * <!-- end-model-doc -->
	 * @see #LBR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LBR_VALUE = 15;

	/**
	 * The '<em><b>XTILECFG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AMX tile configuration.
	 * <!-- end-model-doc -->
	 * @see #XTILECFG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int XTILECFG_VALUE = 17;

	/**
	 * The '<em><b>XTILEDATA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AMX tile data.
	 * <!-- end-model-doc -->
	 * @see #XTILEDATA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int XTILEDATA_VALUE = 18;

	/**
	 * An array of all the '<em><b>Xfam Component</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final XfamComponent[] VALUES_ARRAY = new XfamComponent[] { X87, SSE, AVX, BNDREGS, BNDCSR, OPMASK,
			ZMM_HI256, HI16_ZMM, PT, PKRU, CET_U, CET_S, UINTR, LBR, XTILECFG, XTILEDATA, };

	/**
	 * A public read-only list of all the '<em><b>Xfam Component</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<XfamComponent> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Xfam Component</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static XfamComponent get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			XfamComponent result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Xfam Component</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static XfamComponent getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			XfamComponent result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Xfam Component</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static XfamComponent get(int value) {
		switch (value) {
		case X87_VALUE:
			return X87;
		case SSE_VALUE:
			return SSE;
		case AVX_VALUE:
			return AVX;
		case BNDREGS_VALUE:
			return BNDREGS;
		case BNDCSR_VALUE:
			return BNDCSR;
		case OPMASK_VALUE:
			return OPMASK;
		case ZMM_HI256_VALUE:
			return ZMM_HI256;
		case HI16_ZMM_VALUE:
			return HI16_ZMM;
		case PT_VALUE:
			return PT;
		case PKRU_VALUE:
			return PKRU;
		case CET_U_VALUE:
			return CET_U;
		case CET_S_VALUE:
			return CET_S;
		case UINTR_VALUE:
			return UINTR;
		case LBR_VALUE:
			return LBR;
		case XTILECFG_VALUE:
			return XTILECFG;
		case XTILEDATA_VALUE:
			return XTILEDATA;
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
	private XfamComponent(int value, String name, String literal) {
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

} //XfamComponent
